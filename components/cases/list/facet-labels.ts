// What facet options are called on screen.
import {
  CASE_STATUS_LABELS,
  CERTAINTY_LABELS,
  CLAIM_KIND_LABELS,
  FORUM_KIND_LABELS,
  jurisdictionLabel,
  OUTCOME_KIND_LABELS,
} from '@/lib/labels';
import type { CaseFacet } from '@/lib/server/cases/find-cases';

export const FACET_TITLES: Record<CaseFacet, string> = {
  jurisdiction: 'Jurisdiction',
  forum: 'Forum',
  claim: 'Claim kind',
  outcome: 'Outcome',
  certainty: 'Certainty of the outcome',
  status: 'Status',
  tag: 'Tag',
  currency: 'Currency of claimed amounts',
  uncited: 'Citations',
  bond: 'Injunction bond',
};

export type FacetKey = CaseFacet;

export function optionLabel(facet: FacetKey, value: string): string {
  switch (facet) {
    case 'jurisdiction':
      return value.length === 2 ? jurisdictionLabel(value, null).replace(/ \(\w+\)$/, '') : jurisdictionLabel(value.slice(0, 2), value);
    case 'forum':
      return FORUM_KIND_LABELS[value as keyof typeof FORUM_KIND_LABELS] ?? value;
    case 'claim':
      return CLAIM_KIND_LABELS[value as keyof typeof CLAIM_KIND_LABELS] ?? value;
    case 'outcome':
      return OUTCOME_KIND_LABELS[value as keyof typeof OUTCOME_KIND_LABELS] ?? value;
    case 'certainty':
      return CERTAINTY_LABELS[value as keyof typeof CERTAINTY_LABELS] ?? value;
    case 'status':
      return CASE_STATUS_LABELS[value as keyof typeof CASE_STATUS_LABELS] ?? value;
    case 'uncited':
      return value === 'true' ? 'Has uncited facts' : 'Every fact cited';
    case 'bond':
      return value === 'true' ? 'Bond posted' : 'No bond recorded';
    default:
      return value;
  }
}
