import { getCollection, type CollectionEntry } from 'astro:content';
import { OrganisationIndex } from '../utils/organisations';
import { site, url } from './site';

export type OrganisationEntry = CollectionEntry<'organisations'>;

/** Every organisation, in the collation order of the site's language. */
export async function getOrganisations(): Promise<OrganisationEntry[]> {
  const collator = new Intl.Collator(site.lang);
  return (await getCollection('organisations')).sort((a, b) => collator.compare(a.data.name, b.data.name));
}

/** Resolves printed names to organisations; every page that links a name uses this one index. */
export async function getOrganisationIndex(): Promise<OrganisationIndex> {
  return new OrganisationIndex((await getCollection('organisations')).map((entry) => entry.data));
}

/** The page of the organisation a printed name stands for, when it is one. */
export function organisationHref(index: OrganisationIndex, name: string): string | undefined {
  const organisation = index.resolve(name);
  return organisation ? url('organisations', organisation.id) : undefined;
}

