// The audit log of account and role changes: written by lib/server/users.ts and the sign-in
// throttle inside the transaction of the change, read by admins at /admin/audit.
import 'server-only';
import type { Db, Client } from '../db/client';
import type { AuditAction } from '../generated/prisma/enums';

export const AUDIT_PAGE_SIZE = 50;

/** Who made a change; null: the command line, the server's first start or the sign-in throttle. */
export type Actor = { id: string; email: string } | null;

export type AuditEntry = {
  action: AuditAction;
  actor: Actor;
  target: { id: string | null; email: string };
  detail?: string | null;
};


export async function recordAuditEvent(tx: Client, { action, actor, target, detail }: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: { action, actorId: actor?.id ?? null, actorEmail: actor?.email ?? null, targetId: target.id, targetEmail: target.email, detail: detail ?? null },
  });
}

/** Newest first, keyset-paginated by the id of the last event of the previous page. */
export async function findAuditEvents(prisma: Db, { cursor }: { cursor?: number }) {
  const rows = await prisma.auditEvent.findMany({
    select: { id: true, at: true, action: true, actorEmail: true, targetEmail: true, detail: true },
    orderBy: { id: 'desc' },
    take: AUDIT_PAGE_SIZE + 1,
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
  });
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), nextCursor: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.id : null };
}
