import { z } from 'astro/zod';
import { SEARCH_FILTER_KEYS } from '../utils/search-filter-keys';

/** Filter keys of the search page, in the order the page shows them. */
export const searchFilterKeySchema = z.enum(SEARCH_FILTER_KEYS);

/** One searchable unit: an agenda item, or the header fields of one meeting. */
export const searchRecordSchema = z.strictObject({
  /** Link to the result: the minutes page, with #item-N for an agenda item. */
  url: z.string().min(1),
  /** The minutes page the record belongs to; results are grouped by it. */
  meetingUrl: z.string().min(1),
  /** Title of the meeting's minutes, shown above its results. */
  meetingTitle: z.string().min(1),
  /** The item heading as printed (一、…), or the document's title for the header record. */
  title: z.string().min(1),
  /** The original text searched and quoted: paragraphs joined by line breaks. */
  text: z.string().min(1),
  /** Meeting day as YYYY-MM-DD; date sort and ties in ranking use it. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Filter values, e.g. { year: ['2023'], topic: ['城镇燃气'] }. */
  filters: z.partialRecord(searchFilterKeySchema, z.array(z.string().min(1))),
});

export type SearchRecord = z.infer<typeof searchRecordSchema>;
export type SearchFilterKey = z.infer<typeof searchFilterKeySchema>;
