import type { Metadata } from 'next';
import { CaseEditor } from '@/components/cases/editor/case-editor';
import { requireRole } from '@/lib/auth/guards';
import { currencyCodes } from '@/lib/money';
import { blankCase } from '@/lib/case-document/draft';

export const metadata: Metadata = { title: 'New case' };

export default async function NewCasePage() {
  const user = await requireRole('EDITOR');
  return (
    <>
      <h1 className="text-2xl font-semibold">New case</h1>
      <p className="text-sm text-muted">Record what is known now; add and correct facts as reports come out.</p>
      <CaseEditor initial={blankCase()} baseVersion={null} userEmail={user.email} currencyCodes={currencyCodes()} />
    </>
  );
}
