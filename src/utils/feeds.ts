import { getRssString } from '@astrojs/rss';
import { Feed } from 'feed';
import { compareNewestFirst, type MinutesDoc } from './minutes';

/** One feed entry: a minutes document. */
export interface FeedEntry {
  /** Permanent absolute URL of the minutes page, also the entry's id. */
  link: string;
  /** Title of the minutes page. */
  title: string;
  /** The meeting day: entries are in meeting order, as everywhere on the site. */
  date: Date;
  /** Summary or first item titles. */
  description: string;
}

/** What a feed says about itself. */
export interface FeedMeta {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows (home, topic or organisation page). */
  page: string;
  /** Absolute URLs of the feed in both formats. */
  self: { rss: string; atom: string };
  /** The site's language, e.g. zh-CN. */
  language: string;
  /** The publishing body. */
  publisher: string;
  /** Licence notice of the site's data, when configured. */
  rights?: string | undefined;
}

/** The newest `limit` documents as feed entries, newest meeting first. */
export function feedEntries(
  docs: readonly MinutesDoc[],
  limit: number,
  describe: (doc: MinutesDoc) => Omit<FeedEntry, 'date'>,
): FeedEntry[] {
  return [...docs]
    .sort(compareNewestFirst)
    .slice(0, limit)
    .map((doc) => ({ ...describe(doc), date: doc.data.meeting.date }));
}

/** The feed as RSS 2.0, through @astrojs/rss. */
export function rssFeed(meta: FeedMeta, entries: readonly FeedEntry[]): Promise<string> {
  return getRssString({
    title: meta.title,
    description: meta.description,
    // The channel's link is the page the feed follows, which is under the site's base path.
    site: meta.page,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${meta.language}</language>`,
      `<atom:link href="${escapeXml(meta.self.rss)}" rel="self" type="application/rss+xml"/>`,
      ...(meta.rights ? [`<copyright>${escapeXml(meta.rights)}</copyright>`] : []),
    ].join(''),
    // RSS readers take a description as HTML: written as escaped HTML, frontmatter text stays text.
    items: entries.map((entry) => ({ title: entry.title, link: entry.link, pubDate: entry.date, description: escapeHtml(entry.description) })),
  });
}

/** The feed as Atom 1.0, through `feed`. Its updated time is the newest entry's, so a build is reproducible. */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const feed = new Feed({
    id: meta.self.atom,
    title: meta.title,
    description: meta.description,
    link: meta.page,
    language: meta.language,
    updated: entries[0]?.date ?? new Date(0),
    generator: 'Gongkai',
    feedLinks: { atom: meta.self.atom },
    author: { name: meta.publisher },
    ...(meta.rights ? { copyright: meta.rights } : {}),
  });
  // `feed` writes titles and summaries as type="html": escaped, frontmatter text stays text.
  for (const entry of entries) feed.addItem({ id: entry.link, title: escapeHtml(entry.title), link: entry.link, date: entry.date, description: escapeHtml(entry.description) });
  return feed.atom1();
}

/** Text as HTML or XML character data: markup characters as character references. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

/** Text for an XML attribute or element written by hand into @astrojs/rss's customData. */
const escapeXml = escapeHtml;
