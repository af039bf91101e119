import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { CreateUserForm, UserRowActions } from '@/components/admin/user-forms';
import { Badge } from '@/components/ui/badge';
import { requireRole } from '@/lib/auth/guards';
import { getPrisma } from '@/lib/db';
import { ROLE_LABELS } from '@/lib/labels';
import { findUsers } from '@/lib/server/users';
import { NO_NUL } from '@/lib/validations/text';

export const metadata: Metadata = { title: 'Users' };

const searchSchema = z.object({
  after: z.string().max(300).regex(NO_NUL).optional().catch(undefined),
  q: z.string().max(254).regex(NO_NUL).optional().catch(undefined),
});

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireRole('ADMIN');
  const { after, q } = searchSchema.parse(await searchParams);
  const { users, nextCursor } = await findUsers(await getPrisma(), { cursor: after, search: q });
  return (
    <>
      <h1 className="text-2xl font-semibold">Users</h1>
      <h2 className="mt-6 mb-2 text-lg font-semibold">New account</h2>
      <CreateUserForm />
      <h2 className="mt-8 mb-2 text-lg font-semibold">Accounts</h2>
      <form role="search" className="mb-3 flex items-end gap-2" action="/admin/users">
        <label className="text-sm">
          <span className="block text-xs font-medium">Find by email</span>
          <input name="q" defaultValue={q ?? ''} className="rounded border border-slate-400 px-2 py-1 text-sm" />
        </label>
        <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-1 text-sm">
          Find
        </button>
      </form>
      {users.length === 0 && <p className="text-sm text-muted">No account matches.</p>}
      <div className="overflow-x-auto rounded border border-line bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">Email</th>
              <th scope="col" className="px-3 py-2">Role</th>
              <th scope="col" className="px-3 py-2">State</th>
              <th scope="col" className="px-3 py-2">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-line align-top">
                <td className="px-3 py-2">
                  {u.email}
                  {u.name && <p className="text-xs text-muted">{u.name}</p>}
                </td>
                <td className="px-3 py-2">{ROLE_LABELS[u.role]}</td>
                <td className="px-3 py-2 space-x-1">
                  {u.active ? <Badge tone="good">active</Badge> : <Badge tone="bad">deactivated</Badge>}
                  {u.mustChangePassword && <Badge tone="warn">one-time password</Badge>}
                </td>
                <td className="px-3 py-2">
                  {u.id === admin.id ? <span className="text-xs text-muted">you</span> : <UserRowActions userId={u.id} email={u.email} role={u.role} active={u.active} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextCursor && (
        <Link href={`/admin/users?${new URLSearchParams({ ...(q && { q }), after: nextCursor })}`} className="mt-3 inline-block text-sm text-brand underline">
          Next page →
        </Link>
      )}
    </>
  );
}
