// GET /api/feeds/searches/{id}?token=…: a saved search's Atom feed (docs/saved-searches.md).
import { withFeedToken } from '@/lib/api';
import { getReadPrisma } from '@/lib/db/replicas';
import { appBaseUrl } from '@/lib/export/base-url';
import { ATOM_HEADERS, savedSearchFeed } from '@/lib/server/alerts/feeds';

export const GET = withFeedToken<{ id: string }>(async (request, { reader, params }) => {
  const xml = await savedSearchFeed(await getReadPrisma(), reader.id, params.id, { baseUrl: appBaseUrl(request), selfUrl: request.url });
  return new Response(xml, { headers: ATOM_HEADERS });
});
