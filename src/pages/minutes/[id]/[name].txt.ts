import type { APIRoute, GetStaticPaths } from 'astro';
import { plainTextOf } from '../../../data/downloads';
import { getArchive } from '../../../data/archive';
import type { MinutesEntry } from '../../../data/minutes';

/** Each document as plain text at /minutes/<id>/<id>.txt, the same text whose size its page shows. */
export const getStaticPaths = (async () => {
  const { minutes, cacheKeys } = await getArchive();
  return minutes.map((entry) => ({ params: { id: entry.id, name: entry.id }, props: { entry }, cacheKey: cacheKeys.document(entry) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: MinutesEntry }> = ({ props }) =>
  new Response(plainTextOf(props.entry).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
