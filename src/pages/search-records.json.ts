import type { APIRoute } from 'astro';
import { getPublishedMinutes, getTopics } from '../data/minutes';
import { format, ui, url } from '../data/site';
import { searchRecord } from '../search/records';
import { minutesPageTitle } from '../utils/minutes';

/**
 * The search record of every published minutes document, for the index build only: the
 * pagefind-index integration reads this file at the end of the build, indexes it and deletes it, so
 * it is never published.
 */
export const GET: APIRoute = async () => {
  const [minutes, topics] = await Promise.all([getPublishedMinutes(), getTopics()]);
  const topicNames = new Map(topics.map((topic) => [topic.id, topic.data.name]));
  const records = minutes.map((entry) =>
    searchRecord(entry, {
      url: url('minutes', entry.id),
      title: minutesPageTitle(entry.data, ui),
      html: entry.rendered?.html ?? '',
      topicNames,
      ui,
      lang: format,
    }),
  );
  return new Response(JSON.stringify(records));
};
