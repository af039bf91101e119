import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { readCaseDocument } from '../../case-document/read';
import { getPrisma } from '../../db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The canonical document of one case, or the not-found page; read once per request (metadata and page share it). */
export const getCaseDocument = cache(async (id: string) => {
  if (!UUID.test(id)) notFound();
  const doc = await readCaseDocument(await getPrisma(), id);
  if (!doc) notFound();
  return doc;
});
