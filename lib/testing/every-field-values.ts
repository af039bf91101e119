// What a reader must find of lib/testing/fixtures/every-field.json on the case page and in each
// summary export, in the words all of them use (lib/export/case-facts.ts).
export const EVERY_FIELD_VALUES = [
  // parties: legal representative, how sure the original-script name is, roles saying where
  'Dana Whitfield (chief executive)',
  '奥卡福',
  'not checked in the sources',
  'Plaintiff in 21CV123456; Defendant in 5:21-cv-00987-XYZ',
  'Defendant in 21CV123456; Plaintiff in 5:21-cv-00987-XYZ',
  // proceedings: title, seat, other numbers, reported citations, judges, counsel
  "Lumen's declaratory action against Brightwater",
  'San Jose Division',
  '21-CV-123456',
  'C 21-00987 XYZ',
  '2021 Cal. Super. LEXIS 4321',
  'Maria Delgado, presiding',
  'Robert Lin (林博), magistrate',
  'Jordan Harlow, Harlow & Finch LLP',
  'Oakridge Legal',
  // covenant: law, forum, end date as a party asserts it, consideration in shares
  'Delaware law',
  'Courts of Delaware, exclusively',
  '2021-12-31 (as Brightwater asserts), asserted by Brightwater Analytics Inc.',
  '12,000 shares of Class B common stock (24,000 after the 2-for-1 split of 2019)',
  // claims: description, items, two respondents
  'Brightwater says Okafor took client models to Lumen.',
  '40 trade secrets asserted, 6 tried',
  'Chidi Okafor (奥卡福); Lumen Systems LLC',
  'more than 2,500,000 USD',
  // evidence amounts
  'Base salary: 310,000 USD; Signing bonus: about 50,000 USD',
  // outcomes: award, bond, equity, imposed terms with due dates
  'about 3,000,000 USD',
  '250,000 USD, posted by Brightwater Analytics Inc. on 2021-03-05',
  'about 1,800,000,000 USD',
  'Lumen Systems preferred units: 150,000 shares, valued at about 1,800,000,000 USD',
  'Okafor may start at Lumen on a non-competing team, due 2021-04-01',
  'Okafor certifies the return of all Brightwater material, due 2021-03-16 (within 14 days of the order)',
] as const;

/** Text as laid out in a PDF or a page, compared without its line breaks (a line may break after a hyphen or between Chinese characters). */
export function normaliseSpace(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/- (?=\w)/g, '-')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
}
