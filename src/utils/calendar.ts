import ical, { ICalEventStatus, type ICalEventData } from 'ical-generator';
import type { DataLinks } from './data-links';
import { documentTypeLabel, issuedOrPublished, type MinutesDoc } from './minutes';
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
function meetingEvent(doc: MinutesDoc, context: CalendarContext): ICalEventData {
  const { meeting } = doc.data;
  const time = clockTime(meeting.timeOfDay);
  const page = context.links.published(context.links.page('minutes', doc.id));
  const agenda = doc.data.agenda.map((item) => `${item.ordinal}${context.ordinalMark}${item.title}`);
  return {
    id: `minutes-${doc.id}@${context.host}`,
    // With a clock time, the instant it names in the site's zone (written in UTC); the length of a
    // meeting is never printed, so the event has no end. Without one, the whole day (a Date at UTC
    // midnight, written as a date).
    ...(time ? { start: zonedInstant(meeting.date, time, context.timeZone) } : { start: meeting.date, allDay: true }),
    summary: meeting.name,
    description: [...(meeting.timeOfDay && !time ? [meeting.timeOfDay] : []), ...agenda, page].join('\n'),
    ...(meeting.place ? { location: meeting.place } : {}),
    ...(/^https?:/u.test(page) ? { url: page } : {}),
    categories: [{ name: documentTypeLabel(doc.data) }],
    status: ICalEventStatus.CONFIRMED,
    // DTSTAMP from the document, not the clock, so the same content builds the same file.
    stamp: issuedOrPublished(doc.data),
  };
}

/** /data/meetings.ics: one event per meeting, through ical-generator. */
export function meetingsCalendar(docs: readonly MinutesDoc[], context: CalendarContext): string {
  const calendar = ical({ name: context.name, prodId: { company: 'Gongkai', product: 'Minutes', language: 'ZH' } });
  for (const doc of docs) calendar.createEvent(meetingEvent(doc, context));
  return calendar.toString();
}
