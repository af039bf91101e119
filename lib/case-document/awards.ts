// What a case's decisions awarded on one claim, in words: one place for the case page and the summaries.
import { OUTCOME_KIND_LABELS } from '../labels';
import { formatMoney } from '../money';
import type { CaseDocument } from './schema';

/**
 * "300,000.00 CNY"; a claim decided more than once names the decision of each amount, since a later
 * one replaces an earlier ("150,000.00 CNY (award, 2021-03-15); 300,000.00 CNY (judgment, 2021-11-08)");
 * "—" when nothing was awarded.
 */
export function describeAwarded(doc: CaseDocument, claimId: string): string {
  const deciding = doc.outcomes.flatMap((o) => o.awards.filter((a) => a.claimId === claimId).map((a) => ({ o, amount: formatMoney(a.amount) })));
  if (deciding.length < 2) return deciding[0]?.amount ?? '—';
  return deciding.map(({ o, amount }) => `${amount} (${OUTCOME_KIND_LABELS[o.kind].toLowerCase()}${o.decided ? `, ${o.decided}` : ''})`).join('; ');
}
