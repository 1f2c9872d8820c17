import { getCollection, type CollectionEntry } from 'astro:content';
import { personRecords, personSlug, type PersonRecord } from '../utils/people';
import { getPublishedMinutes, type MinutesEntry } from './minutes';
import { site, url } from './site';

export type PersonEntry = CollectionEntry<'people'>;

/** A person with a page: the printed name, the people-collection entry when listed, and their meetings. */
export interface PersonPage {
  name: string;
  slug: string;
  entry: PersonEntry | undefined;
  record: PersonRecord<MinutesEntry>;
}

/** The people collection by printed name. */
async function listedPeople(): Promise<Map<string, PersonEntry>> {
  return new Map((await getCollection('people')).map((entry) => [entry.data.name, entry]));
}

/**
 * Everyone named in the published minutes, plus everyone listed in the people collection, in the
 * collation order of the site's language.
 */
export async function getPeople(): Promise<PersonPage[]> {
  const listed = await listedPeople();
  const records = personRecords(await getPublishedMinutes());
  for (const name of listed.keys()) if (!records.has(name)) records.set(name, { chaired: [], present: [], absent: [], observed: [] });
  const collator = new Intl.Collator(site.lang);
  return [...records]
    .map(([name, record]) => ({ name, slug: personSlug(name, listed), entry: listed.get(name), record }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Links printed names to person pages; every name in the published minutes has one. */
export async function getPersonHref(): Promise<(name: string) => string> {
  const listed = await listedPeople();
  return (name) => url('people', personSlug(name, listed));
}
