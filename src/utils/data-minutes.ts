import type { MinutesData } from '../schemas/data-minutes';
import { agendaItemId } from './agenda';
import type { RenderedBody } from './agenda-sections';
import type { DataLinks } from './data-links';
import { isoDate } from './dates';
import { documentTopics, isMeetingReport, type MinutesDoc } from './minutes';
import { bodySections } from '../search/records';

/** What one document's data file needs besides its frontmatter. */
export interface MinutesDataContext {
  /** Title of the minutes page. */
  title: string;
  /** The body as rendered (HTML or its parsed tree), cut at its agenda headings the way the page cuts it. */
  html: RenderedBody;
  /** Attachments as published: title, address, size and checksum. */
  attachments: ReadonlyArray<{ title: string; href: string; bytes: number; sha256: string }>;
  links: DataLinks;
}

/** /data/minutes/<id>.json for one document: every structured field, and the body as plain text per agenda item. */
export function minutesData(doc: MinutesDoc, context: MinutesDataContext): MinutesData {
  const { data } = doc;
  const { links } = context;
  const page = links.page('minutes', doc.id);
  const sections = new Map(bodySections(context.html).map((section) => [section.id, section.text]));
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  // Which fields a kind requires is the schema's rule; the data is built from valid frontmatter, which keeps it.
  return {
    $schema: links.published(links.schema('minutes')),
    id: doc.id,
    url: links.published(page),
    title: context.title,
    ...optional('indexNumber', data.indexNumber),
    documentKind: data.documentKind,
    issuer: data.issuer,
    ...optional('documentType', data.documentType),
    ...optional('documentNumber', data.documentNumber),
    ...optional('issuingOffice', data.issuingOffice),
    ...optional('dateIssued', data.dateIssued && isoDate(data.dateIssued)),
    ...optional('datePublished', data.datePublished && isoDate(data.datePublished)),
    ...optional('validity', data.validity),
    ...optional('release', data.disclosure.release),
    ...optional('summary', data.summary),
    topics: documentTopics(data),
    meeting: {
      name: data.meeting.name,
      ...optional('session', data.meeting.session),
      date: isoDate(data.meeting.date),
      ...optional('timeOfDay', data.meeting.timeOfDay),
      ...optional('place', data.meeting.place),
      chair: { name: data.meeting.chair.name, title: data.meeting.chair.title },
    },
    ...optional('compiled', data.compiled && { by: data.compiled.by, date: isoDate(data.compiled.date) }),
    ...optional('source', data.source),
    opening: sections.get(null) ?? '',
    agenda: data.agenda.map((item) => {
      const anchor = agendaItemId(item.ordinal);
      // A meeting report's items are sentences of its body, not headings: the item's text is its sentence.
      const text = isMeetingReport(data) ? item.title : sections.get(anchor);
      if (!text) throw new Error(`${doc.id}: agenda item ${item.ordinal} has no heading ${anchor} in the body`);
      return {
        ordinal: item.ordinal,
        kind: item.kind,
        title: item.title,
        ...optional('document', item.document),
        topics: item.topics,
        leadDepartments: item.leadDepartments,
        ...optional(
          'follows',
          item.follows && { ...item.follows, url: links.published(`${links.page('minutes', item.follows.minutes)}#${agendaItemId(item.follows.ordinal)}`) },
        ),
        url: links.published(`${page}#${anchor}`),
        text,
      };
    }),
    attendance: {
      present: data.attendance.present,
      absent: data.attendance.absent.map((absence) => ({ name: absence.name, ...optional('reason', absence.reason) })),
      observers: data.attendance.observers.map((group) => ({ organisation: group.organisation, people: group.people })),
      others: data.attendance.others,
    },
    recipients: data.recipients,
    copies: data.copies,
    attachments: context.attachments.map((file) => ({ title: file.title, url: links.published(file.href), bytes: file.bytes, sha256: file.sha256 })),
    revisions: data.revisions.map((revision) => ({ date: isoDate(revision.date), note: revision.note })),
  } as MinutesData;
}
