// Citations of the seed cases in every format: the CSL-JSON item the formats are made from, the text
// citeproc-js renders from it in each style, BibTeX that an independent BibTeX parser reads back field
// for field, and RIS with one tag per line.
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { readSeedDocuments } from '../seed';
import { citationKey, toBibtexEntry } from './bibtex';
import { citableCase, citedProceeding, toCslItem, type CitableProceeding, type CslItem } from './csl-item';
import { citationFileWriter, renderCitations } from './formats';
import { CITATION_STYLES } from './options';
import { toRisRecord } from './ris';

const BASE = 'https://covenant.example';
const seed = readSeedDocuments();
const byTitle = (start: string) => seed.find((d) => d.title.startsWith(start))!;
const item = (start: string): CslItem => {
  const doc = byTitle(start);
  return toCslItem(citableCase(doc), { url: `${BASE}/cases/${doc.id}`, accessed: '2026-12-04' });
};

describe('the CSL-JSON item of a case', () => {
  it('cites the reference case as a pending arbitration: no tribunal named, filed June 2020, no decision', () => {
    const lenovo = item('Lenovo');
    expect(lenovo).toEqual({
      id: byTitle('Lenovo').id,
      type: 'legal_case',
      title: 'Lenovo Group v. Chang Cheng',
      genre: 'Arbitration',
      jurisdiction: 'cn',
      submitted: { 'date-parts': [[2020, 6]] },
      URL: `${BASE}/cases/${byTitle('Lenovo').id}`,
      accessed: { 'date-parts': [[2026, 12, 4]] },
    });
  });

  it('cites a dispute by its last decision (the appeal), the earlier proceedings as its history', () => {
    const shenlan = item('Shenlan');
    expect(shenlan).toMatchObject({
      authority: "深圳市中级人民法院 (Shenzhen Intermediate People's Court)",
      number: '(2022)粤03民终5678号',
      issued: { 'date-parts': [[2022, 4, 20]] },
      submitted: { 'date-parts': [[2022, 1]] },
      jurisdiction: 'cn:gd',
    });
    expect(shenlan.references?.split('; ')).toEqual([
      'Arbitration: 深圳市南山区劳动人事争议仲裁委员会 (Shenzhen Nanshan District Labor and Personnel Dispute Arbitration Commission), No. 深南劳人仲案〔2020〕5678号, filed 2020-12-10, decided 2021-03-15',
      "First instance: 深圳市南山区人民法院 (Shenzhen Nanshan District People's Court), No. (2021)粤0305民初1234号, filed 2021-03, decided 2021-11-08",
    ]);
  });

  it('takes the proceeding decided last, whatever the order recorded, and the last one begun when none is decided', () => {
    const p = (decided: string | null, caseNumber: string): CitableProceeding => ({
      stage: 'OTHER',
      forumKind: 'COURT',
      forumName: null,
      caseNumber,
      reportedCitations: [],
      filed: null,
      decided,
    });
    expect(citedProceeding([p('2021-03', 'a'), p('2021-03-15', 'b'), p('2020', 'c')])?.caseNumber).toBe('b');
    expect(citedProceeding([p(null, 'a'), p(null, 'b')])?.caseNumber).toBe('b');
    expect(citedProceeding([])).toBeNull();
  });

  it('keeps a reported citation as the reporter and the others in the history', () => {
    const doc = structuredClone(byTitle('Quillfern'));
    doc.proceedings[0]!.reportedCitations = ['2023 U.S. Dist. LEXIS 1234', '2023 WL 567890'];
    const quillfern = toCslItem(citableCase(doc), { url: `${BASE}/cases/x`, accessed: '2026-12-04' });
    expect(quillfern['container-title']).toBe('2023 U.S. Dist. LEXIS 1234');
    expect(quillfern.references).toBe('2023 WL 567890');
  });
});

describe('text in a citation style, rendered by citeproc-js', () => {
  it.each([
    ['oscola', 'Lenovo Group v. Chang Cheng (Arbitration, filed June 2020)'],
    ['bluebook', 'Lenovo Group v. Chang Cheng (Arbitration filed Jun. 2020).'],
    ['gb-t-7714', `Lenovo Group v. Chang Cheng[Z/OL]. Arbitration, 2020-06[2026-12-04]. ${BASE}/cases/${byTitle('Lenovo').id}`],
  ] as const)('cites the reference case in %s', (style, expected) => {
    expect(renderCitations([item('Lenovo')], style).trim()).toBe(expected);
  });

  it.each([
    ['oscola', 'Quillfern Analytics, Inc. v. Ellis (fictional) (U.S. District Court for the Northern District of California, 3:21-cv-04567, 17 January 2023)'],
    ['bluebook', 'Quillfern Analytics, Inc. v. Ellis (fictional), No. 3:21-cv-04567 (U.S. District Court for the Northern District of California Jan. 17, 2023).'],
    ['gb-t-7714', `Quillfern Analytics, Inc. v. Ellis (fictional): 3:21-cv-04567[Z/OL]. U.S. District Court for the Northern District of California, 2023-01-17[2026-12-04]. ${BASE}/cases/${byTitle('Quillfern').id}`],
  ] as const)('cites a decided case in %s with its court, number and date', (style, expected) => {
    expect(renderCitations([item('Quillfern')], style).trim()).toBe(expected);
  });

  it('keeps every character of the title, markup-like text included (quotes become typographic)', () => {
    const doc = structuredClone(byTitle('Quillfern'));
    doc.title = 'A <b>bold</b> & Co. v. "B" <sup>';
    const text = renderCitations([toCslItem(citableCase(doc), { url: `${BASE}/cases/x`, accessed: '2026-12-04' })], 'oscola');
    expect(text).toContain('A <b>bold</b> & Co. v. “B” <sup> (U.S. District Court');
  });

  it('renders a list one citation a line, in the list order, in every style', () => {
    const items = seed.map((d) => toCslItem(citableCase(d), { url: `${BASE}/cases/${d.id}`, accessed: '2026-12-04' }));
    for (const style of CITATION_STYLES) {
      const lines = renderCitations(items, style).trim().split('\n');
      expect(lines.map((line) => seed.findIndex((d) => line.includes(d.title)))).toEqual(seed.map((_, i) => i));
    }
  });
});

describe('BibTeX and BibLaTeX', () => {
  it('writes @jurisdiction entries that a BibTeX parser reads back with the court, number and dates', () => {
    const writer = citationFileWriter('bibtex', 'oscola');
    const bib = writer.start() + writer.batch([item('Quillfern'), item('Lenovo')]) + writer.end();
    const { entries, errors } = parseBibtex(bib, { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.type, e.key])).toEqual([
      ['jurisdiction', 'quillfern2023'],
      ['jurisdiction', 'lenovo2020'],
    ]);
    expect(entries[0]!.fields).toMatchObject({
      title: 'Quillfern Analytics, Inc. v. Ellis (fictional)',
      institution: ['U.S. District Court for the Northern District of California'],
      number: '3:21-cv-04567',
      date: '2023-01-17',
      year: '2023',
      month: '1',
      howpublished: 'U.S. District Court for the Northern District of California, No. 3:21-cv-04567',
      url: `${BASE}/cases/${byTitle('Quillfern').id}`,
      urldate: '2026-12-04',
    });
    expect(entries[1]!.fields).toMatchObject({ institution: ['Arbitration'], date: '2020-06', month: '6', note: 'Filed 2020-06; not known to be decided' });
    expect(entries[1]!.fields.number).toBeUndefined();
  });

  it("escapes TeX's special characters so the parser reads back exactly what was recorded", () => {
    const doc = structuredClone(byTitle('Quillfern'));
    doc.title = `Smith & Sons {UK} v. 50% Holdings_Ltd #2 ~ ^ \\ $ <script>alert(1)</script> '; DROP TABLE "Case"; -- ''x'' ---`;
    doc.proceedings[0]!.forum.name = '深圳市 Labor and Personnel Court & Tribunal';
    const entry = toBibtexEntry(toCslItem(citableCase(doc), { url: `${BASE}/cases/x`, accessed: '2026-12-04' }), 'smith2023');
    const { entries, errors } = parseBibtex(entry, { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries[0]!.fields.title).toBe(doc.title);
    expect(entries[0]!.fields.institution).toEqual(['深圳市 Labor and Personnel Court & Tribunal']);
  });

  it('gives every entry of a file its own key', () => {
    const taken = new Set<string>();
    const lenovo = item('Lenovo');
    expect([1, 2, 3].map(() => citationKey(lenovo, taken))).toEqual(['lenovo2020', 'lenovo2020a', 'lenovo2020b']);
    expect(citationKey({ ...lenovo, title: '联想集团诉常程' }, taken)).toBe('case2020');
  });
});

describe('RIS', () => {
  it('writes a CASE record with one tag a line, the docket number in a note and dates as far as known', () => {
    const doc = structuredClone(byTitle('Quillfern'));
    doc.proceedings[0]!.reportedCitations = ['2023 U.S. Dist.\nLEXIS 1234'];
    const ris = toRisRecord(toCslItem(citableCase(doc), { url: `${BASE}/cases/${doc.id}`, accessed: '2026-12-04' }));
    expect(ris.split('\r\n')).toEqual([
      'TY  - CASE',
      `ID  - ${doc.id}`,
      'TI  - Quillfern Analytics, Inc. v. Ellis (fictional)',
      'PB  - U.S. District Court for the Northern District of California',
      'A2  - 2023 U.S. Dist. LEXIS 1234',
      'DA  - 2023/01/17/',
      'PY  - 2023',
      'SE  - 2021/06/28/',
      'N1  - Case number: 3:21-cv-04567',
      'N1  - Jurisdiction: us:ca',
      `UR  - ${BASE}/cases/${doc.id}`,
      'Y2  - 2026/12/04/',
      'ER  - ',
      '',
    ]);
    expect(toRisRecord(item('Lenovo'))).toContain('SE  - 2020/06//\r\n');
  });
});

describe('a file written batch by batch', () => {
  it('is one CSL-JSON array and one text per case, however the batches fall', () => {
    const items = seed.map((d) => toCslItem(citableCase(d), { url: `${BASE}/cases/${d.id}`, accessed: '2026-12-04' }));
    const write = (format: 'csl-json' | 'text' | 'ris') => {
      const writer = citationFileWriter(format, 'oscola');
      return writer.start() + writer.batch(items.slice(0, 1)) + writer.batch([]) + writer.batch(items.slice(1)) + writer.end();
    };
    expect(JSON.parse(write('csl-json'))).toEqual(items);
    expect(write('text').trim().split('\n')).toHaveLength(items.length);
    expect(write('ris').match(/^TY {2}- CASE\r$/gm)).toHaveLength(items.length);
  });
});
