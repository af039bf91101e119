// GET /api/cases — the case list as JSON, with the parameters of /cases (docs/case-list-api.md)
import { NextResponse } from 'next/server';
import { withRole } from '@/lib/api';
import { AppError } from '@/lib/errors';
import { findCases } from '@/lib/server/cases/find-cases';
import { parseCaseQueryStrict } from '@/lib/validations/case-query';

export const GET = withRole('VIEWER', async (request) => {
  const params = new URL(request.url).searchParams;
  const parsed = parseCaseQueryStrict(params);
  if (!parsed.ok) throw new AppError('INVALID_REQUEST', parsed.issues.map((issue) => issue.message).join(' '), parsed.issues);
  const result = await findCases({ query: parsed.query, facets: params.get('facets') === '1' });
  return NextResponse.json({
    items: result.items,
    nextCursor: result.nextCursor,
    prevCursor: result.prevCursor,
    total: result.total,
    totalIsEstimate: result.totalIsEstimate,
    ...(result.facets && { facets: result.facets }),
    notices: result.notices,
  });
});
