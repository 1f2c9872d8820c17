import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from './site';
import { publishedNewestFirst } from '../utils/minutes';

export type MinutesEntry = CollectionEntry<'minutes'>;
export type TopicEntry = CollectionEntry<'topics'>;

/** Every topic, in the collation order of the site's language (pinyin order for Chinese). */
export async function getTopics(): Promise<TopicEntry[]> {
  const collator = new Intl.Collator(site.lang);
  return (await getCollection('topics')).sort((a, b) => collator.compare(a.data.name, b.data.name));
}

/**
 * The minutes the public may read, newest first. Drafts and non-public documents are removed
 * here, the one place every page gets its documents from. References were checked before the
 * build read the content (src/integrations/content-validation.ts).
 */
export async function getPublishedMinutes(): Promise<MinutesEntry[]> {
  return publishedNewestFirst(await getCollection('minutes'));
}
