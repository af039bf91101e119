import 'server-only';
import { notFound } from 'next/navigation';
import { readCaseDocument } from '../../case-document/read';
import { getPrisma } from '../../db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The canonical document of one case, or the not-found page. */
export async function getCaseDocument(id: string) {
  if (!UUID.test(id)) notFound();
  const doc = await readCaseDocument(await getPrisma(), id);
  if (!doc) notFound();
  return doc;
}
