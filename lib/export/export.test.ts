// Export formatting without a database: CSV quoting and formula neutralising, download file
// names, and the Markdown summary of the Lenovo reference case.
import { describe, expect, it } from 'vitest';
import { readSeedDocuments } from '../seed';
import { renderCaseMarkdown } from './case-markdown';
import { buildCaseSummary } from './case-summary';
import { CSV_BOM, caseListCsv, csvCell, csvRecord, neutraliseFormula } from './case-list-csv';
import { contentDisposition, exportBaseName, slugify } from './file-name';

const lenovo = readSeedDocuments().find((d) => d.title === 'Lenovo Group v. Chang Cheng')!;
const exportedAt = new Date('2026-11-25T09:30:00Z');

describe('CSV cells', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['常程', '常程'],
    ['a=b', 'a=b'],
  ])('neutralises %j as %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('quotes cells with commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvCell('Lenovo, Inc.')).toBe('"Lenovo, Inc."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('one\rline')).toBe('"one\nline"');
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('常程 (Chang Cheng)')).toBe('常程 (Chang Cheng)');
    expect(csvCell(null)).toBe('');
    expect(csvCell(2020)).toBe('2020');
  });

  it('ends records with CRLF, and starts the file with a BOM and the header even when there are no rows', async () => {
    expect(csvRecord(['a', 'b'])).toBe('a,b\r\n');
    let text = '';
    for await (const chunk of caseListCsv((async function* () {})())) text += chunk;
    expect(text.startsWith(CSV_BOM + 'Title,Jurisdiction,')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('file names', () => {
  it('makes an ASCII name from the title, and keeps the exact title in filename*', () => {
    expect(slugify('Lenovo Group v. Chang Cheng')).toBe('lenovo-group-v-chang-cheng');
    expect(slugify('Ärger GmbH v. Müller')).toBe('arger-gmbh-v-muller');
    expect(exportBaseName('常程 v. 联想')).toBe('v');
    expect(exportBaseName('常程')).toBe('case');
    const header = contentDisposition('常程 v. 联想/"test"', 'pdf');
    expect(header).toMatch(/^attachment; filename="v-test\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('常程 v. 联想 test.pdf');
  });

  it('keeps names short', () => {
    expect(exportBaseName('x'.repeat(300)).length).toBeLessThanOrEqual(80);
  });
});

describe('the Markdown summary', () => {
  const markdown = renderCaseMarkdown(lenovo, { exportedAt, caseUrl: `https://covenant.example/cases/${lenovo.id}` });

  it('carries what the case page shows', () => {
    expect(markdown).toMatch(/^# Lenovo Group v\. Chang Cheng\n/);
    for (const text of ['常程', '联想集团', '2017-07-24', 'more than 5,000,000 CNY', 'Liquidated damages', 'signature disputed', '**unconfirmed**', 'attributed to unnamed sources', '2020 (after June)', 'Zhongxin Finance']) {
      expect(markdown, text).toContain(text);
    }
    expect(markdown).toContain('## 5. Claims');
    expect(markdown).toContain('| Claim | By → against | Claimed | Awarded | Status and provenance |');
    expect(markdown).toContain('Case summary exported from Covenant on 2026-11-25.');
  });

  it('numbers the sources as the facts cite them', () => {
    const summary = buildCaseSummary(lenovo, { exportedAt });
    const sources = summary.sections.find((s) => s.id === 'sources')!;
    const first = sources.blocks[0]!;
    expect(first.kind === 'paragraph' && first.runs[0]!.text).toBe('[1] ');
    expect(markdown).toContain('Source \\[1\\]');
  });

  it('names related cases by title, both ways, when the titles were looked up', () => {
    const appealId = '1e000000-0000-4000-8000-0000000000aa';
    const doc = { ...lenovo, relatedCases: [{ caseId: appealId, kind: 'RELATED' as const, note: 'same covenant' }] };
    const related = {
      names: [{ caseId: appealId, title: 'Lenovo v. Chang (court review)', archived: false, kind: 'RELATED' as const, note: 'same covenant' }],
      namedBy: [{ caseId: appealId, title: 'Chang v. Lenovo (appeal)', archived: true, kind: 'APPEAL_OF' as const, note: null }],
    };
    const text = renderCaseMarkdown(doc, { exportedAt, related });
    expect(text).toContain('**Related:** Lenovo v. Chang (court review) — same covenant');
    expect(text).toContain('**Appealed in:** Chang v. Lenovo (appeal) (archived)');
    expect(renderCaseMarkdown(doc, { exportedAt })).toContain(`**Related:** ${appealId} — same covenant`); // no titles: the id
  });

  it('names the decision of each amount awarded on a claim decided more than once, each with its provenance', () => {
    const shenlan = readSeedDocuments().find((d) => d.title.startsWith('Shenlan'))!;
    const text = renderCaseMarkdown(shenlan, { exportedAt });
    expect(text).toMatch(/150,000 CNY \(award, 2021-03-15\)\. Certainty: \*\*\w+\*\*\..*<br>300,000 CNY \(judgment, 2021-11-08\)\. Certainty: /);
    expect(markdown).not.toMatch(/\((award|judgment), /); // Lenovo: nothing awarded
  });

  it('escapes text that Markdown would read as markup', () => {
    const tricky = { ...lenovo, title: 'A *bold* [link](x) <b>v.</b> B', summary: '# not a heading' };
    const text = renderCaseMarkdown(tricky, { exportedAt });
    expect(text).toContain('# A \\*bold\\* \\[link\\](x) \\<b\\>v.\\</b\\> B');
    expect(text).toContain('\\# not a heading');
  });
});
