import type { Metadata } from 'next';
import { BackupImportForm } from '@/components/admin/backup-import-form';
import { requireRole } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Backup and restore' };

export default async function BackupPage() {
  await requireRole('ADMIN');
  return (
    <>
      <h1 className="text-2xl font-semibold">Backup and restore</h1>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        A backup is one JSON file with every case, source, party and tag, ids included, and optionally the history of every
        change. Restoring it checks the whole file first and shows what it would do; nothing is written until you confirm, and
        then everything is written at once or not at all. The file format is described in docs/backup.md.
      </p>

      <h2 className="mt-8 mb-2 text-lg font-semibold">Download a backup</h2>
      <form method="get" action="/api/backup" className="flex flex-wrap items-center gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="history" value="1" /> Include the history of every change
        </label>
        <button type="submit" className="rounded bg-brand px-3 py-1.5 font-medium text-white hover:opacity-90">
          Download backup
        </button>
      </form>

      <h2 className="mt-8 mb-2 text-lg font-semibold">Restore from a backup</h2>
      <BackupImportForm />
    </>
  );
}
