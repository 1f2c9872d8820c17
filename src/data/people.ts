import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { personRecords, personSlug, type PersonRecord } from '../utils/people';
import { getPublishedMinutes, type MinutesEntry } from './minutes';
import { contentDir, site, url } from './site';

export type PersonEntry = CollectionEntry<'people'>;

/** A person with a page: the printed name, the people-collection entry when listed, and their meetings. */
export interface PersonPage {
  name: string;
  slug: string;
  entry: PersonEntry | undefined;
  record: PersonRecord<MinutesEntry>;
}

/** The people collection by printed name; people.yaml is optional, and without it nobody is listed. */
async function listedPeople(): Promise<Map<string, PersonEntry>> {
  if (!existsSync(join(contentDir, 'people.yaml'))) return new Map();
  return new Map((await getCollection('people')).map((entry) => [entry.data.name, entry]));
}

/**
 * Everyone named in the given minutes (by default the published ones), plus everyone listed in
 * the people collection, in the collation order of the site's language.
 */
export async function getPeople(minutes?: readonly MinutesEntry[]): Promise<PersonPage[]> {
  const listed = await listedPeople();
  const records = personRecords(minutes ?? (await getPublishedMinutes()));
  for (const name of listed.keys()) if (!records.has(name)) records.set(name, { chaired: [], present: [], absent: [], observed: [] });
  const collator = new Intl.Collator(site.lang);
  return [...records]
    .map(([name, record]) => ({ name, slug: personSlug(name, listed), entry: listed.get(name), record }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Links printed names to person pages, looked up from the people who have one (everyone named in
 * the published minutes or listed); any other name is linked the way it would be if it had one.
 */
export function personHrefOf(people: readonly PersonPage[]): (name: string) => string {
  const hrefs = new Map(people.map((person) => [person.name, url('people', person.slug)]));
  const unlisted = new Map<string, { id: string }>();
  return (name) => hrefs.get(name) ?? url('people', personSlug(name, unlisted));
}
