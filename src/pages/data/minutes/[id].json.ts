import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive';
import type { MinutesEntry } from '../../../data/minutes';
import { minutesDataBody } from '../../../data/open-data';
import { dataResponse } from '../../../data/data-response';

/** /data/minutes/<id>.json: one document's full data, built from that document alone. */
export const getStaticPaths = (async () => {
  const { minutes, cacheKeys } = await getArchive();
  return minutes.map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: cacheKeys.document(entry) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: MinutesEntry }> = ({ props: { entry } }) => dataResponse(`${entry.id}.json`, minutesDataBody(entry));
