// The citation styles, as CSL 1.0.2 styles of our own for one item type, `legal_case` (csl-item.ts).
// They follow the published guides' pattern for an unreported decision: OSCOLA (4th ed., 2.3.4 and 2.6
// for foreign cases), the Bluebook's rule 10.8.1 for pending and unreported cases, and GB/T 7714-2015's
// "other" document type [Z] with its online form [Z/OL]. Court names stay in full (no reporter or court
// abbreviation tables): "Bluebook-like" is the honest name.

import type { CitationStyle } from './options';

const info = (title: string, id: string) =>
  `<info><title>${title} (Covenant, cases)</title><id>covenant-${id}</id><updated>2026-12-04T00:00:00+00:00</updated></info>`;

/** The court, or the kind of forum when the record does not name it. */
const FORUM_MACRO = `<macro name="forum"><choose><if variable="authority"><text variable="authority"/></if><else><text variable="genre"/></else></choose></macro>`;

function style(id: CitationStyle, title: string, macros: string, entry: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  ${info(title, id)}
  ${FORUM_MACRO}
  ${macros}
  <citation><layout>${entry}</layout></citation>
  <bibliography><layout>${entry}</layout></bibliography>
</style>`;
}

/** Lenovo Group v. Chang Cheng (Arbitration, filed June 2020); Quillfern … (U.S. District Court …, 3:21-cv-04567, 17 January 2023) */
const OSCOLA = style(
  'oscola',
  'OSCOLA',
  `<macro name="date"><choose>
     <if variable="issued"><date variable="issued"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date></if>
     <else-if variable="submitted"><group delimiter=" "><text value="filed"/><date variable="submitted"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date></group></else-if>
   </choose></macro>`,
  `<group delimiter=" "><text variable="title" font-style="italic"/><text variable="container-title"/>
     <group prefix="(" suffix=")" delimiter=", "><text macro="forum"/><text variable="number"/><text macro="date"/></group></group>`,
);

/** Quillfern …, No. 3:21-cv-04567 (U.S. District Court … Jan. 17, 2023). — a pending case: "(Arbitration filed June 2020)". */
const BLUEBOOK = style(
  'bluebook',
  'Bluebook-like',
  `<macro name="date"><choose>
     <if variable="issued"><date variable="issued"><date-part name="month" form="short" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date></if>
     <else-if variable="submitted"><group delimiter=" "><text value="filed"/><date variable="submitted"><date-part name="month" form="short" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date></group></else-if>
   </choose></macro>`,
  `<group suffix="."><group delimiter=", "><text variable="title" font-style="italic"/><text variable="container-title"/><group delimiter=" "><text value="No."/><text variable="number"/></group></group>
     <group prefix=" (" suffix=")" delimiter=" "><text macro="forum"/><text macro="date"/></group></group>`,
);

/** Lenovo Group v. Chang Cheng[Z/OL]. Arbitration, 2020-06[2026-12-04]. https://…/cases/… */
const GB_T_7714 = style(
  'gb-t-7714',
  'GB/T 7714',
  `<macro name="iso"><choose>
     <if variable="issued"><date variable="issued"><date-part name="year"/><date-part name="month" form="numeric-leading-zeros" prefix="-"/><date-part name="day" form="numeric-leading-zeros" prefix="-"/></date></if>
     <else-if variable="submitted"><date variable="submitted"><date-part name="year"/><date-part name="month" form="numeric-leading-zeros" prefix="-"/><date-part name="day" form="numeric-leading-zeros" prefix="-"/></date></else-if>
   </choose></macro>
   <macro name="accessed"><date variable="accessed" prefix="[" suffix="]"><date-part name="year"/><date-part name="month" form="numeric-leading-zeros" prefix="-"/><date-part name="day" form="numeric-leading-zeros" prefix="-"/></date></macro>`,
  `<group delimiter=". "><group><group delimiter=": "><text variable="title"/><text variable="number"/></group><text value="[Z/OL]"/></group>
     <group><group delimiter=", "><text macro="forum"/><text variable="container-title"/><text macro="iso"/></group><text macro="accessed"/></group>
     <text variable="URL"/></group>`,
);

export const CSL_STYLES: Record<CitationStyle, string> = { oscola: OSCOLA, bluebook: BLUEBOOK, 'gb-t-7714': GB_T_7714 };
