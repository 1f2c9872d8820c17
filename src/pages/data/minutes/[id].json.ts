import type { APIRoute, GetStaticPaths } from 'astro';
import { attachmentFiles } from '../../../data/attachments';
import { getPublishedMinutes, type MinutesEntry } from '../../../data/minutes';
import { dataLinks, minutesTitle } from '../../../data/open-data';
import { dataResponse } from '../../../data/data-response';
import { minutesData } from '../../../utils/data-minutes';

/** /data/minutes/<id>.json: one document's full data, built from that document alone. */
export const getStaticPaths = (async () => (await getPublishedMinutes()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: MinutesEntry }> = ({ props: { entry } }) => {
  const data = minutesData(entry, { title: minutesTitle(entry), html: entry.rendered?.html ?? '', attachments: attachmentFiles(entry), links: dataLinks });
  return dataResponse(`${entry.id}.json`, `${JSON.stringify(data)}\n`);
};
