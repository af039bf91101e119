// The citation formats and styles users choose from: shared by the menus, the query schemas and the
// writers (browser-safe: no citation library here).

export const CITATION_FORMATS = ['csl-json', 'bibtex', 'ris', 'text'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_FORMAT_FILES: Record<CitationFormat, { label: string; extension: string; contentType: string }> = {
  'csl-json': { label: 'CSL-JSON', extension: 'json', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  bibtex: { label: 'BibTeX', extension: 'bib', contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', extension: 'ris', contentType: 'application/x-research-info-systems; charset=utf-8' },
  text: { label: 'Text', extension: 'txt', contentType: 'text/plain; charset=utf-8' },
};

export const CITATION_STYLES = ['oscola', 'bluebook', 'gb-t-7714'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export const CITATION_STYLE_LABELS: Record<CitationStyle, string> = {
  oscola: 'OSCOLA',
  bluebook: 'Bluebook-like',
  'gb-t-7714': 'GB/T 7714',
};
