import type { Minutes } from '../schemas/minutes';
import type { SearchRecord } from '../schemas/search-record';
import type { UiStrings } from '../schemas/locale';
import type { LocaleFormat } from '../utils/locale-format';
import { minutesPageTitle, publishedNewestFirst } from '../utils/minutes';
import { searchRecord } from './records';

/** A minutes document as the content sync holds it: its id, its parsed frontmatter and its rendered body. */
export interface LoadedMinutes {
  id: string;
  data: Minutes;
  rendered?: { html: string } | undefined;
}

/** What the records of a whole site need besides its documents. */
export interface SiteRecordsContext {
  /** Topic names by id. */
  topicNames: ReadonlyMap<string, string>;
  ui: UiStrings;
  format: LocaleFormat;
  /** The URL of a minutes page, by the document's id. */
  minutesUrl: (id: string) => string;
}

/** The search record of every document the public may read, newest first (the order of every listing and of the index's pages). */
export function siteSearchRecords(entries: readonly LoadedMinutes[], context: SiteRecordsContext): SearchRecord[] {
  return publishedNewestFirst(entries).map((entry) =>
    searchRecord(entry, {
      url: context.minutesUrl(entry.id),
      title: minutesPageTitle(entry.data, context.ui),
      html: entry.rendered?.html ?? '',
      topicNames: context.topicNames,
      ui: context.ui,
      lang: context.format,
    }),
  );
}
