// GET /api/feeds/watched?token=…: every change to the cases the account watches, as Atom.
import { withFeedToken } from '@/lib/api';
import { getReadPrisma } from '@/lib/db/replicas';
import { appBaseUrl } from '@/lib/export/base-url';
import { ATOM_HEADERS, watchedCasesFeed } from '@/lib/server/alerts/feeds';

export const GET = withFeedToken(async (request, { reader }) => {
  const xml = await watchedCasesFeed(await getReadPrisma(), reader.id, { baseUrl: appBaseUrl(request), selfUrl: request.url });
  return new Response(xml, { headers: ATOM_HEADERS });
});
