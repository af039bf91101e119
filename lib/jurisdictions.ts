// ISO 3166-1 countries and ISO 3166-2 subdivisions, from the maintained `iso-3166` package.
import { iso31661, iso31662 } from 'iso-3166';

export type Country = { code: string; name: string };
export type Subdivision = { code: string; name: string };

export const COUNTRIES: Country[] = iso31661
  .map((c) => ({ code: c.alpha2, name: c.name }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const countryCodes = new Set(COUNTRIES.map((c) => c.code));

const subdivisionsByCountry = new Map<string, Subdivision[]>();
for (const s of iso31662) {
  const country = s.parent.slice(0, 2);
  const list = subdivisionsByCountry.get(country) ?? [];
  list.push({ code: s.code, name: s.name });
  subdivisionsByCountry.set(country, list);
}
for (const list of subdivisionsByCountry.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en'));

export function isCountryCode(code: string): boolean {
  return countryCodes.has(code);
}

export function subdivisionsOf(country: string): Subdivision[] {
  return subdivisionsByCountry.get(country) ?? [];
}

/** Null when fine, else the reason. */
export function checkSubdivision(country: string, subdivision: string): string | null {
  if (!subdivision.startsWith(`${country}-`)) return `${subdivision} is not a subdivision of ${country}.`;
  return subdivisionsOf(country).some((s) => s.code === subdivision) ? null : `${subdivision} is not an ISO 3166-2 code.`;
}
