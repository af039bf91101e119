// BENCHMARKS.md is written by two benches: `npm run bench` owns the file, `npm run bench:extract`
// owns one section of it. Each keeps what the other wrote.
import fs from 'node:fs';

export const EXTRACTION_HEADING = '## Extraction from sources';

/** `markdown` with the section under `heading` (up to the next "## ") replaced or appended. */
export function replaceSection(markdown: string, heading: string, section: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  const body = section.trimEnd() + '\n';
  if (start < 0) return `${markdown.trimEnd()}\n\n${body}`;
  const next = markdown.indexOf('\n## ', start + heading.length + 2);
  return `${markdown.slice(0, start + 1)}${body}${next < 0 ? '' : `\n${markdown.slice(next + 1)}`}`;
}

/** The section under `heading` of the file, if it has one (to carry it over a rewrite). */
export function sectionOf(file: string, heading: string): string | null {
  if (!fs.existsSync(file)) return null;
  const markdown = fs.readFileSync(file, 'utf8');
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return null;
  const next = markdown.indexOf('\n## ', start + heading.length + 2);
  return markdown.slice(start + 1, next < 0 ? undefined : next + 1);
}
