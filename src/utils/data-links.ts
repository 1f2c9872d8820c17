import type { DataFileSchemaName } from '../schemas/data-files';
import { sitePath } from './paths';

/** The two feed formats every feed is written in. */
export type FeedFormat = 'rss' | 'atom';

/** Whose minutes a feed follows: all, one topic's, or those one organisation leads items in. */
export type FeedScope = { kind: 'all' } | { kind: 'topic' | 'organisation'; id: string };

/**
 * Where every open-data output lives on the site, and how a site path is written inside data files.
 * Pages link the same paths, and the publication count reads them back, so they are named once here.
 */
export interface DataLinks {
  /** A page path (/minutes/x/) or file path as published: absolute when the site's address is known. */
  published(path: string): string;
  /** A page of the site, e.g. page('minutes', id) → /minutes/<id>/ under the base path. */
  page(...segments: string[]): string;
  /** A file of the site, e.g. file('data', 'minutes.json') → /data/minutes.json under the base path. */
  file(...segments: string[]): string;
  /** The catalogue index. */
  catalogue(): string;
  /** The catalogue file of one year. */
  catalogueYear(year: number): string;
  /** One document's data file. */
  minutesData(id: string): string;
  /** A published JSON Schema. */
  schema(name: DataFileSchemaName): string;
  /** A feed. */
  feed(scope: FeedScope, format: FeedFormat): string;
}

/** File names of the data outputs, relative to the site's root (without the base path). */
export const DATA_FILES = {
  catalogue: 'data/minutes.json',
  catalogueYear: (year: number) => `data/catalogue/${year}.json`,
  minutesData: (id: string) => `data/minutes/${id}.json`,
  schema: (name: string) => `data/schema/${name}.json`,
  topics: 'data/topics.json',
  organisations: 'data/organisations.json',
  agendaCsv: 'data/agenda-items.csv',
  attendanceCsv: 'data/attendance.csv',
  calendar: 'data/meetings.ics',
  feed: (scope: FeedScope, format: FeedFormat) =>
    scope.kind === 'all' ? `feeds/${format}.xml` : `feeds/${scope.kind === 'topic' ? 'topics' : 'organisations'}/${scope.id}/${format}.xml`,
} as const;

/** The links of a site served below `base`, at `site` when its address is known. */
export function createDataLinks(base: string, site: string | undefined): DataLinks {
  const file = (...segments: string[]) => sitePath(base, ...segments).replace(/\/$/u, '');
  const relative = (name: string) => file(...name.split('/'));
  return {
    published: (path) => (site ? new URL(path, site).href : path),
    page: (...segments) => sitePath(base, ...segments),
    file,
    catalogue: () => relative(DATA_FILES.catalogue),
    catalogueYear: (year) => relative(DATA_FILES.catalogueYear(year)),
    minutesData: (id) => relative(DATA_FILES.minutesData(id)),
    schema: (name) => relative(DATA_FILES.schema(name)),
    feed: (scope, format) => relative(DATA_FILES.feed(scope, format)),
  };
}
