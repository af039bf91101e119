// npm run bench:extract [-- --out BENCHMARKS.md] [--dir lib/extract/fixtures]
// Precision and recall of the extractor per fact kind over the fixtures, and its speed per 10,000
// characters. Writes its figures into the "Extraction from sources" section of BENCHMARKS.md.
// --dir runs it on other fixtures (e.g. real reports kept outside the repo), same file layout.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { extractSuggestions } from '../lib/extract';
import { FIXTURE_DIR, loadFixtures } from '../lib/extract/fixtures';
import { score, type GroupScore } from '../lib/extract/score';
import type { SuggestionGroup } from '../lib/extract/types';
import { EXTRACTION_HEADING, replaceSection } from './bench-section';

const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'BENCHMARKS.md' }, dir: { type: 'string', default: FIXTURE_DIR } } });
const GROUPS: SuggestionGroup[] = ['parties', 'proceedings', 'covenants', 'claims', 'evidence', 'events', 'outcomes'];

const fixtures = loadFixtures(args.dir);
const totals = new Map<SuggestionGroup, GroupScore>(GROUPS.map((g) => [g, { expected: 0, suggested: 0, matched: 0 }]));
const misses: string[] = [];
for (const fixture of fixtures) {
  const extraction = extractSuggestions(fixture.text, { published: fixture.expected.published, language: fixture.expected.language });
  const result = score(extraction, fixture.expected.facts);
  for (const [group, s] of Object.entries(result.groups) as [SuggestionGroup, GroupScore][]) {
    const total = totals.get(group)!;
    total.expected += s.expected;
    total.suggested += s.suggested;
    total.matched += s.matched;
  }
  for (const m of result.missed) misses.push(`- ${fixture.name}: missed ${m.group} ${JSON.stringify(m.fact)}`);
  for (const u of result.unexpected) misses.push(`- ${fixture.name}: unexpected "${u.summary}"`);
}

// Speed: every fixture's text repeated to 200,000 characters, best of 5 runs.
const corpus = fixtures.map((f) => f.text).join('\n\n');
const long = corpus.repeat(Math.ceil(200_000 / corpus.length));
const times: number[] = [];
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  extractSuggestions(long, { published: '2021-01-29', language: null });
  times.push(performance.now() - started);
}
const msPer10k = (Math.min(...times) / long.length) * 10_000;

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);
const all = [...totals.values()].reduce((a, b) => ({ expected: a.expected + b.expected, suggested: a.suggested + b.suggested, matched: a.matched + b.matched }));
const rows = [...totals].map(([g, s]) => `| ${g} | ${s.expected} | ${s.suggested} | ${s.matched} | ${percent(s.matched, s.expected)} | ${percent(s.matched, s.suggested)} |`);
const section = `${EXTRACTION_HEADING}

Written by \`npm run bench:extract\` (scripts/bench-extract.ts); \`npm run bench\` keeps this section.

- Date: ${new Date().toISOString()}; ${os.cpus().length} cores, Node ${process.version}
- Fixtures: ${fixtures.length} (${args.dir === FIXTURE_DIR ? 'lib/extract/fixtures' : args.dir}), ${fixtures.reduce((n, f) => n + f.text.length, 0).toLocaleString('en')} characters
- A suggestion is correct when every expected field has the expected value and it cites the expected sentence.
  Recall = correct / expected facts; precision = correct / suggestions. Goals: recall ≥ 80%, precision ≥ 90%.
- The fixtures were written alongside the rules, so these figures are an upper bound for unseen reports.

| Fact kind | Expected | Suggested | Correct | Recall | Precision |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}
| **all** | **${all.expected}** | **${all.suggested}** | **${all.matched}** | **${percent(all.matched, all.expected)}** | **${percent(all.matched, all.suggested)}** |

Time: **${msPer10k.toFixed(1)} ms per 10,000 characters** (target ≤ 1,000 ms; best of 5 over ${long.length.toLocaleString('en')} characters).

${misses.length ? `Misses and extras:\n\n${misses.join('\n')}` : 'No misses and no extras.'}
`;
const current = fs.existsSync(args.out!) ? fs.readFileSync(args.out!, 'utf8') : '# Benchmarks\n';
fs.writeFileSync(args.out!, replaceSection(current, EXTRACTION_HEADING, section));
console.log(section);
