import { dataFileSchemas, type DataFileSchemaName } from '../schemas/data-files';
import { agendaItemsCsv, attendanceCsv } from '../utils/data-csv';
import { catalogueFiles } from '../utils/data-catalogue';
import { organisationsData, topicsData } from '../utils/data-directories';
import { createDataLinks, DATA_FILES, type FeedScope } from '../utils/data-links';
import { meetingsCalendar } from '../utils/calendar';
import { atomFeed, feedEntries, rssFeed, type FeedMeta } from '../utils/feeds';
import { dataJsonSchema } from '../utils/json-schema';
import { minutesDescription } from '../utils/minutes-description';
import { minutesPageTitle, type MinutesDoc } from '../utils/minutes';
import { fillTemplate } from '../utils/text';
import { minutesData } from '../utils/data-minutes';
import type { RenderedBody } from '../utils/agenda-sections';
import { attachmentFiles } from './attachments';
import { getArchive } from './archive';
import type { MinutesEntry } from './minutes';
import { site, ui } from './site';

const strings = ui.openData;

/** Where the open-data outputs live and how data files write addresses. */
export const dataLinks = createDataLinks(site.base, site.site);

/** Feeds and calendar links need absolute addresses, so feeds are written only when site.json gives the site's address. */
export const feedsEnabled = site.site !== undefined;

/** Title of a minutes page, as its page, feeds and data files write it. */
export function minutesTitle(doc: MinutesDoc): string {
  return minutesPageTitle(doc.data, ui);
}

/** The text of /data/minutes/<id>.json, built from that document alone (its body parsed already, when the caller has it); the minutes page shows its size. */
export function minutesDataBody(entry: MinutesEntry, body: RenderedBody = entry.rendered?.html ?? ''): string {
  const data = minutesData(entry, { title: minutesTitle(entry), html: body, attachments: attachmentFiles(entry), links: dataLinks });
  return `${JSON.stringify(data)}\n`;
}

/** Summary or first agenda items, for feeds and search engines. */
export function describeMinutes(doc: MinutesDoc): string {
  return minutesDescription(doc.data, { items: 3, ordinalMark: strings.ordinalMark, separator: strings.itemSeparator });
}

/** One built file of the open data, with what the /data/ page says about it. */
export interface DataFile {
  /** Path relative to the site's root, e.g. data/minutes.json. */
  path: string;
  body: string;
  /** Its published JSON Schema, for JSON files. */
  schema?: DataFileSchemaName;
  /** What it holds, for the /data/ page. */
  contents: string;
}

/** The feeds of one scope: the site-wide one, a topic's or an organisation's. */
async function feedFiles(scope: FeedScope, title: string, page: string, docs: readonly MinutesDoc[]): Promise<DataFile[]> {
  const links = dataLinks;
  const meta: FeedMeta = {
    title,
    description: site.description,
    page: links.published(page),
    self: { rss: links.published(links.feed(scope, 'rss')), atom: links.published(links.feed(scope, 'atom')) },
    language: site.lang,
    publisher: site.publisher,
    rights: site.dataLicence,
  };
  const entries = feedEntries(docs, site.feedEntries, (doc) => ({
    title: minutesTitle(doc),
    link: links.published(links.page('minutes', doc.id)),
    description: describeMinutes(doc),
  }));
  const contents = `${strings.files.feed}${ui.labelSeparator}${title}`;
  return [
    { path: DATA_FILES.feed(scope, 'rss'), body: await rssFeed(meta, entries), contents },
    { path: DATA_FILES.feed(scope, 'atom'), body: atomFeed(meta, entries), contents },
  ];
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;

/**
 * Builds every open-data file except the per-document ones, each in one pass over the published
 * minutes. Called through getDataFiles(), so it runs once per build however many endpoints and
 * pages ask.
 */
async function buildDataFiles(): Promise<DataFile[]> {
  // The build's archive already holds the documents, topics, organisations and their records.
  const { minutes, topics, organisations, organisationRecords, topicName: topicNames } = await getArchive();
  const links = dataLinks;

  // Documents and item counts per topic, and documents per lead organisation: one pass each.
  const topicDocs = new Map<string, MinutesDoc[]>();
  const topicItems = new Map<string, number>();
  for (const doc of minutes) {
    const onTopics = new Set(doc.data.agenda.flatMap((item) => item.topics));
    for (const item of doc.data.agenda) for (const topic of item.topics) topicItems.set(topic, (topicItems.get(topic) ?? 0) + 1);
    for (const topic of onTopics) {
      const docs = topicDocs.get(topic);
      if (docs) docs.push(doc);
      else topicDocs.set(topic, [doc]);
    }
  }
  const organisationDocs = (id: string) => [...new Set(organisationRecords.get(id)?.assignments.map(({ doc }) => doc) ?? [])];

  const catalogue = catalogueFiles(minutes, minutesTitle, links);
  const files: DataFile[] = [
    { path: DATA_FILES.catalogue, body: json(catalogue.index), schema: 'catalogue', contents: strings.files.catalogue },
    ...catalogue.years.map((year) => ({
      path: DATA_FILES.catalogueYear(year.year),
      body: json(year),
      schema: 'catalogue-year' as const,
      contents: fillTemplate(strings.files.catalogueYear, { year: year.year }),
    })),
    {
      path: DATA_FILES.topics,
      body: json(topicsData(topics.map((topic) => topic.data), topicItems, links, feedsEnabled)),
      schema: 'topics',
      contents: strings.files.topics,
    },
    {
      path: DATA_FILES.organisations,
      body: json(
        organisationsData(
          organisations.map((organisation) => organisation.data),
          new Map([...organisationRecords].map(([id, record]) => [id, record.assignments.length])),
          links,
          feedsEnabled,
        ),
      ),
      schema: 'organisations',
      contents: strings.files.organisations,
    },
    {
      path: DATA_FILES.agendaCsv,
      body: agendaItemsCsv(minutes, { headers: strings.agendaCsvHeaders, topicNames, listSeparator: ui.listSeparator, links }),
      contents: strings.files.agendaCsv,
    },
    {
      path: DATA_FILES.attendanceCsv,
      body: attendanceCsv(minutes, {
        headers: strings.attendanceCsvHeaders,
        roles: { present: ui.present, absent: ui.absent, observer: ui.observers, other: ui.otherAttendees },
        links,
      }),
      contents: strings.files.attendanceCsv,
    },
    {
      path: DATA_FILES.calendar,
      body: meetingsCalendar(minutes, {
        name: site.title,
        timeZone: site.timeZone,
        host: site.site ? new URL(site.site).hostname : 'gongkai',
        ordinalMark: strings.ordinalMark,
        links,
      }),
      contents: strings.files.calendar,
    },
    ...Object.entries(dataFileSchemas).map(([name, schema]) => ({
      path: DATA_FILES.schema(name),
      body: json(dataJsonSchema(schema, links.published(links.schema(name as DataFileSchemaName)))),
      contents: `${strings.files.schema}${ui.labelSeparator}${name}`,
    })),
  ];
  if (!feedsEnabled) return files;
  const feeds = await Promise.all([
    feedFiles({ kind: 'all' }, fillTemplate(strings.feedAllTitle, { site: site.title }), links.page(), minutes),
    ...topics.map((topic) =>
      feedFiles(
        { kind: 'topic', id: topic.id },
        fillTemplate(strings.feedTopicTitle, { site: site.title, topic: topic.data.name }),
        links.page('topics', topic.id),
        topicDocs.get(topic.id) ?? [],
      ),
    ),
    ...organisations.map((organisation) =>
      feedFiles(
        { kind: 'organisation', id: organisation.id },
        fillTemplate(strings.feedOrganisationTitle, { site: site.title, organisation: organisation.data.name }),
        links.page('organisations', organisation.id),
        organisationDocs(organisation.id),
      ),
    ),
  ]);
  return [...files, ...feeds.flat()];
}

let dataFiles: Promise<DataFile[]> | undefined;

/** Every open-data file but the per-document ones, built once per build (the endpoints and the /data/ page share it). */
export function getDataFiles(): Promise<DataFile[]> {
  return (dataFiles ??= buildDataFiles());
}
