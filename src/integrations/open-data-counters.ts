import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ical from 'node-ical';
import { DATA_FILES } from '../utils/data-links';
import { filesBelow } from '../utils/files';
import { sitePath } from '../utils/paths';
import { minutesIdFromUrl } from '../utils/publication-counts';
import type { OutputCounter } from './publication-count';

/** A built file's text, or '' when the build did not write it (the count then finds no documents in it). */
const readBuilt = (siteDir: string, file: string) => (existsSync(join(siteDir, file)) ? readFileSync(join(siteDir, file), 'utf8') : '');

/** The file below the output folder that a site URL (absolute or from the root) names. */
function builtFileOf(url: string, base: string): string {
  const path = decodeURIComponent(new URL(url, 'http://site.invalid').pathname);
  const prefix = sitePath(base);
  return path.startsWith(prefix) ? path.slice(prefix.length) : path.replace(/^\//u, '');
}

/** Entries of the site-wide RSS feed, read back with an XML parser; the feed holds the newest `limit`. */
export function feedCounter(limit: number): OutputCounter {
  return {
    output: 'feed',
    tally: (siteDir, base) => {
      const xml = readBuilt(siteDir, DATA_FILES.feed({ kind: 'all' }, 'rss'));
      const parsed = xml ? new XMLParser({ isArray: (name) => name === 'item' }).parse(xml) : {};
      const items: Array<{ link?: string }> = parsed?.rss?.channel?.item ?? [];
      return { output: 'feed', documentIds: items.flatMap((item) => minutesIdFromUrl(String(item.link ?? ''), base) ?? []), entries: items.length, limit };
    },
  };
}

/** Entries of the catalogue: the year files its index lists. */
export const catalogueCounter: OutputCounter = {
  output: 'catalogue',
  tally: (siteDir, base) => {
    const text = readBuilt(siteDir, DATA_FILES.catalogue);
    const years: Array<{ url: string }> = text ? JSON.parse(text).years : [];
    const entries = years.flatMap(({ url }) => {
      const year = readBuilt(siteDir, builtFileOf(url, base));
      return year ? (JSON.parse(year).minutes as Array<{ id: string }>) : [];
    });
    return { output: 'catalogue', documentIds: entries.map((entry) => entry.id), entries: entries.length };
  },
};

/** Events of the meetings calendar, read back with an iCalendar parser; each UID names its document. */
export const calendarCounter: OutputCounter = {
  output: 'calendar',
  tally: (siteDir) => {
    const text = readBuilt(siteDir, DATA_FILES.calendar);
    const events = Object.values(text ? ical.sync.parseICS(text) : {}).filter((component) => component?.type === 'VEVENT');
    const ids = events.flatMap((event) => /^minutes-(.+)@[^@]+$/u.exec(String(event && 'uid' in event ? event.uid : ''))?.slice(1, 2) ?? []);
    return { output: 'calendar', documentIds: ids, entries: events.length };
  },
};

/** The per-document data files, /data/minutes/<id>.json. */
export const documentDataCounter: OutputCounter = {
  output: 'data files',
  tally: (siteDir) => {
    const folder = DATA_FILES.minutesData('').replace(/\.json$/u, '');
    const dir = join(siteDir, folder);
    const ids = (existsSync(dir) ? filesBelow(dir) : []).flatMap((file) => (/^[^/]+\.json$/u.test(file) ? [decodeURIComponent(file.slice(0, -'.json'.length))] : []));
    return { output: 'data files', documentIds: ids };
  },
};

/** Rows of agenda-items.csv, read back with a CSV parser: one per agenda item; the last column links the item. */
export const agendaCsvCounter: OutputCounter = {
  output: 'agenda csv',
  tally: (siteDir, base) => {
    const text = readBuilt(siteDir, DATA_FILES.agendaCsv);
    const rows: string[][] = text ? parseCsv(text, { bom: true, from_line: 2 }) : [];
    return { output: 'agenda csv', documentIds: rows.flatMap((row) => minutesIdFromUrl(row.at(-1) ?? '', base) ?? []), entries: rows.length, agendaItems: rows.length };
  },
};

/** Counters for every open-data output; the feed only when feeds are written (they need the site's address). */
export function openDataCounters(options: { feeds: boolean; feedEntries: number }): OutputCounter[] {
  return [...(options.feeds ? [feedCounter(options.feedEntries)] : []), catalogueCounter, calendarCounter, documentDataCounter, agendaCsvCounter];
}
