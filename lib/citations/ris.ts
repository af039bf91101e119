// RIS records (TY CASE) with the tags the RIS specification gives a case: PB the court, A2 the
// reporter, DA the date decided, SE the date filed, OP the procedural history, Y2 the access date.
// The CASE type has no tag for a docket number: it goes into the note (N1), which reference
// managers show, rather than being lost. Written here because citation-js's RIS output cuts the ID
// to 20 characters and wraps long values in the middle of a word.
import type { CslDate, CslItem } from './csl-item';

/** "2020/06//": year, month and day as far as they are known, the RIS way. */
function risDate({ 'date-parts': [[year, month, day]] }: CslDate): string {
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${year}/${two(month)}/${two(day)}/`;
}

export function toRisRecord(item: CslItem): string {
  const tags: [string, string | undefined][] = [
    ['TY', 'CASE'],
    ['ID', item.id],
    ['TI', item.title],
    ['PB', item.authority ?? item.genre],
    ['A2', item['container-title']],
    ['DA', item.issued && risDate(item.issued)],
    ['PY', item.issued && String(item.issued['date-parts'][0][0])],
    ['SE', item.submitted && risDate(item.submitted)],
    ['OP', item.references],
    ['N1', item.number && `Case number: ${item.number}`],
    ['N1', `Jurisdiction: ${item.jurisdiction}`],
    ['UR', item.URL],
    ['Y2', risDate(item.accessed)],
  ];
  // One line per tag: a line break inside a value would start a line RIS readers take for a new tag.
  const lines = tags.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${value!.replace(/\s+/g, ' ')}`);
  return `${lines.join('\r\n')}\r\nER  - \r\n`;
}
