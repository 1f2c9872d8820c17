import { AgendaThreads } from '../utils/threads';
import { agendaItemsByTopic, compareRecentlyPublishedFirst, groupByYear, meetingNeighbours, type AgendaItemRef } from '../utils/minutes';
import { organisationRecords, type OrganisationIndex, type OrganisationRecord } from '../utils/organisations';
import { getPublishedMinutes, getTopics, type MinutesEntry, type TopicEntry } from './minutes';
import { getOrganisationIndex, getOrganisations, organisationHref, type OrganisationEntry } from './organisations';
import { publishedFileSizes } from './attachments';
import { getPeople, personHrefOf, type PersonPage } from './people';
import { features, site } from './site';
import { pageCacheKeys, type PageCacheKeys } from '../utils/page-cache-keys';
import { isDevServer } from '../dev/protocol';

/**
 * Everything the pages derive from the whole archive, computed once per build: each page reads
 * its part from here instead of going over every document itself, which made the build
 * quadratic in the number of documents. Nothing in it changes after it is made.
 */
export interface Archive {
  /** The published minutes, newest first. */
  minutes: MinutesEntry[];
  /** The same documents most recently published first (发布日期, ties by meeting date): /minutes/latest/ and the home page. */
  recentlyPublished: MinutesEntry[];
  /** The same documents by meeting year, newest year first. */
  years: Array<{ year: number; docs: MinutesEntry[] }>;
  /** The meetings before and after each document, by document id. */
  neighbours: Map<string, { previous: MinutesEntry | undefined; next: MinutesEntry | undefined }>;
  /** The `follows` threads of every agenda item. */
  threads: AgendaThreads<MinutesEntry>;
  /** Every topic, in collation order. */
  topics: TopicEntry[];
  /** A topic's name by id. */
  topicName: Map<string, string>;
  /** Agenda items by topic id, newest first. */
  topicItems: Map<string, AgendaItemRef<MinutesEntry>[]>;
  /** Every organisation, in collation order. */
  organisations: OrganisationEntry[];
  /** Printed names to organisations. */
  organisationIndex: OrganisationIndex;
  /** What the minutes say about each organisation, by organisation id. */
  organisationRecords: Map<string, OrganisationRecord<MinutesEntry>>;
  /** The page of the organisation a printed name stands for, when it is one. */
  organisationHref: (name: string) => string | undefined;
  /** Everyone with a person page, in collation order. */
  people: PersonPage[];
  /** The page of a person by printed name; none when the site has no people pages. */
  personHref: (name: string) => string | undefined;
  /** The `cacheKey` each route gives its pages, so a rebuild copies the pages nothing it shows has changed for. */
  cacheKeys: PageCacheKeys<MinutesEntry>;
}

/** Reads the collections and computes the archive's indexes. */
export async function loadArchive(): Promise<Archive> {
  const [minutes, topics, organisations, organisationIndex] = await Promise.all([getPublishedMinutes(), getTopics(), getOrganisations(), getOrganisationIndex()]);
  const people = await getPeople(minutes);
  return {
    minutes,
    recentlyPublished: [...minutes].sort(compareRecentlyPublishedFirst),
    years: groupByYear(minutes),
    neighbours: meetingNeighbours(minutes),
    threads: new AgendaThreads(minutes),
    topics,
    topicName: new Map(topics.map((topic) => [topic.id, topic.data.name])),
    topicItems: agendaItemsByTopic(minutes),
    organisations,
    organisationIndex,
    organisationRecords: organisationRecords(minutes, organisationIndex),
    organisationHref: (name) => organisationHref(organisationIndex, name),
    people,
    personHref: features.people ? personHrefOf(people) : () => undefined,
    cacheKeys: pageCacheKeys(minutes, {
      config: site,
      references: {
        topics: topics.map((topic) => [topic.id, topic.data]),
        organisations: organisations.map((organisation) => [organisation.id, organisation.data]),
        people: people.map((person) => [person.name, person.slug, person.entry?.data]),
      },
      documentExtra: publishedFileSizes,
    }),
  };
}

// The one archive of a build: made on first use and never changed, so every page of a build shares
// it. The dev server rereads content on every request instead, so edits show without a restart.
let buildArchive: Promise<Archive> | undefined;

/** The archive of the content being built (see loadArchive). */
export function getArchive(): Promise<Archive> {
  if (isDevServer()) return loadArchive();
  return (buildArchive ??= loadArchive());
}
