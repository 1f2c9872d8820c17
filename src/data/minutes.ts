import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublic } from '../utils/publication';
import { site } from './site';
import { compareNewestFirst } from '../utils/minutes';
import { unknownTopicErrors } from '../utils/references';

export type MinutesEntry = CollectionEntry<'minutes'>;
export type TopicEntry = CollectionEntry<'topics'>;

/** Every topic, in the collation order of the site's language (pinyin order for Chinese). */
export async function getTopics(): Promise<TopicEntry[]> {
  const collator = new Intl.Collator(site.lang);
  return (await getCollection('topics')).sort((a, b) => collator.compare(a.data.name, b.data.name));
}

/**
 * The minutes the public may read, newest first. Drafts and non-public documents are removed
 * here, the one place every page gets its documents from; references are checked first.
 */
export async function getPublishedMinutes(): Promise<MinutesEntry[]> {
  const [all, topics] = await Promise.all([getCollection('minutes'), getTopics()]);
  const errors = unknownTopicErrors(all, new Set(topics.map((topic) => topic.id)));
  if (errors.length > 0) throw new Error(`Invalid minutes content:\n${errors.map((line) => `  - ${line}`).join('\n')}`);
  return all.filter((entry) => isPublic(entry.data.disclosure)).sort(compareNewestFirst);
}
