import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { DataLinks } from './data-links';
import type { MinutesDoc } from './minutes';
import { clockTime, zonedInstant } from './zoned-time';

/** What the calendar needs besides the documents. */
export interface CalendarContext {
  /** Calendar name shown by calendar software (the site's title). */
  name: string;
  /** The site's time zone, in which printed times of day are read. */
  timeZone: string;
  /** Host name for event UIDs, so they stay unique when calendars are merged. */
  host: string;
  /** Ordinal mark between an item's ordinal and title (、). */
  ordinalMark: string;
  links: DataLinks;
}

/** One meeting as a calendar event: a timed event when the minutes print a clock time, else an all-day event on its day. */
function meetingEvent(doc: MinutesDoc, context: CalendarContext): EventAttributes {
  const { meeting } = doc.data;
  const time = clockTime(meeting.timeOfDay);
  const day: DateArray = [meeting.date.getUTCFullYear(), meeting.date.getUTCMonth() + 1, meeting.date.getUTCDate()];
  const start = time ? { start: zonedInstant(meeting.date, time, context.timeZone).getTime(), startInputType: 'utc' as const, startOutputType: 'utc' as const } : { start: day };
  const page = context.links.published(context.links.page('minutes', doc.id));
  const agenda = doc.data.agenda.map((item) => `${item.ordinal}${context.ordinalMark}${item.title}`);
  const attributes = {
    ...start,
    // Without a clock time the event is the whole day; with one, its length is never printed, so it has no end.
    ...(time ? {} : { end: nextDay(meeting.date) }),
    uid: `minutes-${doc.id}@${context.host}`,
    title: meeting.name,
    description: [...(meeting.timeOfDay && !time ? [meeting.timeOfDay] : []), ...agenda, page].join('\n'),
    ...(meeting.place ? { location: meeting.place } : {}),
    ...(/^https?:/u.test(page) ? { url: page } : {}),
    categories: [doc.data.documentType],
    status: 'CONFIRMED',
  } as EventAttributes;
  // DTSTAMP from the document, not the clock, so the same content builds the same file; ics reads
  // `timestamp` but its types leave it out.
  return Object.assign(attributes, { timestamp: (doc.data.datePublished ?? doc.data.dateIssued).getTime() });
}

/** The day after a calendar day, as an iCalendar date (all-day events end the next day, exclusive). */
function nextDay(day: Date): DateArray {
  const next = new Date(day.getTime() + 86_400_000);
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/** /data/meetings.ics: one event per meeting, through the `ics` library. */
export function meetingsCalendar(docs: readonly MinutesDoc[], context: CalendarContext): string {
  const { error, value } = createEvents(
    docs.map((doc) => meetingEvent(doc, context)),
    { productId: '-//Gongkai//Minutes//ZH', calName: context.name },
  );
  if (error || value === null) throw new Error(`cannot write the meetings calendar: ${error?.message ?? 'no output'}`);
  return value;
}
