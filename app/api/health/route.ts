// GET /api/health — liveness for load balancers and test runners: the database answers. No data.
import { NextResponse } from 'next/server';
import { getPrisma } from '@/lib/db';

export const dynamic = 'force-dynamic';

export async function GET() {
  const prisma = await getPrisma();
  await prisma.$queryRaw`SELECT 1`;
  return NextResponse.json({ ok: true });
}
