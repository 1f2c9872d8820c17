import { z } from 'astro/zod';
import { counted, template } from './message';

/** A UI string without placeholders; those with placeholders are template() or counted() (./message). */
const text = z.string().min(1);

/** Interface strings of the open data: the /data/ page, feeds, CSV headers and page metadata. */
export const openDataStringsSchema = z.strictObject({
  /** Title of the /data/ page, also the footer and home link. */
  title: text,
  /** First paragraph of the /data/ page. */
  intro: text,
  /** Description of the /data/ link on the home page. */
  homeLink: text,
  /** Heading of the feeds section. */
  feedsHeading: text,
  /** Explains what the feeds hold; {count}. */
  feedsIntro: counted(),
  /** Shown instead of feeds when site.json gives no site address. */
  feedsNeedSite: text,
  /** Title of the site-wide feed; {site}. */
  feedAllTitle: template('site'),
  /** Title of a topic's feed; {site}, {topic}. */
  feedTopicTitle: template('site', 'topic'),
  /** Title of an organisation's feed; {site}, {organisation}. */
  feedOrganisationTitle: template('organisation', 'site'),
  /** Link text of an RSS feed. */
  feedRss: text,
  /** Link text of an Atom feed. */
  feedAtom: text,
  /** Heading of the files table. */
  filesHeading: text,
  /** Column: file. */
  columnFile: text,
  /** Column: what the file holds. */
  columnContents: text,
  /** Column: size. */
  columnSize: text,
  /** Column: schema. */
  columnSchema: text,
  /** Shown in the schema column of files without a JSON Schema. */
  noSchema: text,
  /** What each file holds, by kind. */
  files: z.strictObject({
    catalogue: text,
    catalogueYear: template('year'),
    minutesData: text,
    topics: text,
    organisations: text,
    agendaCsv: text,
    attendanceCsv: text,
    calendar: text,
    feed: text,
    schema: text,
  }),
  /** The per-document files as one row; {count}. */
  minutesDataCount: counted(),
  /** How the files stay usable at any archive size. */
  sizeNote: text,
  /** Heading of the licence section. */
  licenceHeading: text,
  /** Shown when site.json declares no licence. */
  licenceUnset: text,
  /** Mark between an agenda item's ordinal and title, e.g. 、. */
  ordinalMark: text,
  /** Separator between agenda items in a description. */
  itemSeparator: text,
  /** Column headers of agenda-items.csv. */
  agendaCsvHeaders: z.strictObject({
    date: text,
    documentNumber: text,
    meeting: text,
    session: text,
    ordinal: text,
    kind: text,
    title: text,
    document: text,
    topics: text,
    leadDepartments: text,
    url: text,
  }),
  /** Column headers of attendance.csv. */
  attendanceCsvHeaders: z.strictObject({
    date: text,
    documentNumber: text,
    meeting: text,
    role: text,
    name: text,
    organisation: text,
    reason: text,
    url: text,
  }),
});

export type OpenDataStrings = z.infer<typeof openDataStringsSchema>;
