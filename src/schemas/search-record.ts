import { z } from 'astro/zod';
import { SEARCH_FILTER_KEYS } from '../search/filter-keys';

/** Filter keys of the search page, in the order the page shows them. */
export const searchFilterKeySchema = z.enum(SEARCH_FILTER_KEYS);

/** Filter values by key, e.g. { topic: ['城镇燃气'], kind: ['审议'] }. */
const filterValuesSchema = z.partialRecord(searchFilterKeySchema, z.array(z.string().min(1)));

/** One searchable part of a meeting's minutes: an agenda item, or the meeting's header fields. */
export const searchPartSchema = z.strictObject({
  /** The agenda item's anchor on the minutes page (item-N); empty for the header fields. */
  id: z.string(),
  /** The original text searched and quoted, one line per paragraph; an item's first line is its heading. */
  text: z.string().min(1),
  /** The part's own filter values (topic, lead department, kind), checked when those filters are chosen. */
  filters: filterValuesSchema,
});

/**
 * One minutes document as the search index holds it: one Pagefind record per meeting keeps the
 * index's per-record metadata small; the browser splits a matching record into its parts.
 */
export const searchRecordSchema = z.strictObject({
  /** The minutes page; agenda items link to its #item-N anchors. */
  url: z.string().min(1),
  /** Title of the meeting's minutes, shown above its results. */
  title: z.string().min(1),
  /** Meeting day as YYYY-MM-DD; date sort and ties in ranking use it. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** 发布日期 as YYYY-MM-DD, or 成文日期 where none is recorded (as /minutes/latest/ orders them); the sort by publication uses it. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The meeting day as the site prints it (2023年4月10日), so the search page sets up no date formatter. */
  dateText: z.string().min(1),
  /** Filter values of the meeting and of every part, so Pagefind narrows to meetings that can match. */
  filters: filterValuesSchema,
  /** The header fields first, then the agenda items in order. */
  parts: z.array(searchPartSchema).min(1),
});

export type SearchPart = z.infer<typeof searchPartSchema>;
export type SearchRecord = z.infer<typeof searchRecordSchema>;
export type SearchFilterKey = z.infer<typeof searchFilterKeySchema>;
