import type { Metadata } from 'next';
import { CaseTable } from '@/components/cases/list/case-table';
import { requireUser } from '@/lib/auth/guards';
import type { CaseListItem } from '@/lib/server/cases/find-cases';
import { parseCaseQuery } from '@/lib/validations/case-query';

// The framework floor of `npm run bench` (scripts/bench/): the same sign-in check and the same
// table as /cases, with 25 rows from constants and no query of its own. Nothing links here. The
// .bench.tsx extension keeps it out of `npm run build`: only the bench's own build has it (next.config.js).
export const metadata: Metadata = { title: 'Benchmark floor' };

const ROWS: CaseListItem[] = Array.from({ length: 25 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  title: `Constant Holdings ${i} v. Example Person ${i}`,
  jurisdictionCountry: 'CN',
  jurisdictionSubdivision: 'CN-GD',
  status: 'DECIDED',
  fictional: true,
  forumKinds: ['LABOR_ARBITRATION', 'COURT'],
  claimKinds: ['LIQUIDATED_DAMAGES'],
  outcomeKinds: ['AWARD'],
  tags: ['non-compete'],
  yearBegun: 2020,
  latestEventOn: '2022-04-20',
  largestClaim: { qualifier: 'EXACT', value: '300000.0000', currency: 'CNY' },
  hasUncitedFacts: false,
  updatedAt: '2024-01-01T00:00:00.000Z',
  snippet: null,
}));

export default async function BenchFloorPage() {
  await requireUser();
  const { query } = parseCaseQuery({});
  return (
    <>
      <h1 className="text-2xl font-semibold">Benchmark floor</h1>
      <div className="mt-4">
        <CaseTable items={ROWS} query={query} listQueryString="" />
      </div>
    </>
  );
}
