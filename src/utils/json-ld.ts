import type { DataLinks } from './data-links';
import { isoDate } from './dates';
import { documentTitle, documentTopics, type MinutesDoc } from './minutes';

/**
 * schema.org metadata for a minutes page. The page is a document, so its type is DigitalDocument
 * (a CreativeWork: name, identifier, dates, publisher, keywords, inLanguage). The meeting it records
 * is its `about`, an Event (name, startDate, location, organizer): search engines and aggregators
 * read both, the citable document and the meeting. GovernmentService would be wrong: it describes a
 * service citizens use, not a record of a decision.
 */
export function minutesJsonLd(
  doc: MinutesDoc,
  context: { title: string; description: string; lang: string; topicNames: ReadonlyMap<string, string>; links: DataLinks },
): Record<string, unknown> {
  const { data } = doc;
  const { links } = context;
  const organisation = (name: string) => ({ '@type': 'GovernmentOrganization', name });
  return {
    '@context': 'https://schema.org',
    '@type': 'DigitalDocument',
    '@id': links.published(links.page('minutes', doc.id)),
    url: links.published(links.page('minutes', doc.id)),
    name: context.title,
    alternativeHeadline: documentTitle(data),
    description: context.description,
    identifier: [data.documentNumber, data.indexNumber].filter((id): id is string => Boolean(id)),
    inLanguage: context.lang,
    dateCreated: isoDate(data.dateIssued),
    ...(data.datePublished ? { datePublished: isoDate(data.datePublished) } : {}),
    ...(data.revisions.length > 0 ? { dateModified: isoDate(data.revisions.at(-1)!.date) } : {}),
    author: organisation(data.issuer),
    publisher: organisation(data.issuingOffice),
    keywords: documentTopics(data).map((topic) => context.topicNames.get(topic) ?? topic),
    encoding: { '@type': 'MediaObject', contentUrl: links.published(links.minutesData(doc.id)), encodingFormat: 'application/json' },
    about: {
      '@type': 'Event',
      name: data.meeting.name,
      startDate: isoDate(data.meeting.date),
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      ...(data.meeting.place ? { location: { '@type': 'Place', name: data.meeting.place } } : {}),
      organizer: organisation(data.issuer),
      attendee: data.attendance.present.map((name) => ({ '@type': 'Person', name })),
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. The HTML parser ends a script at "</", so
 * <, > and & are written as JSON escapes; the data stays the same, and frontmatter text can never
 * close the block.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
