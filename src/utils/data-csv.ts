import { stringify } from 'csv-stringify/sync';
import { agendaItemId } from './agenda';
import type { DataLinks } from './data-links';
import { isoDate } from './dates';
import type { MinutesDoc } from './minutes';

/** Column headers in the site's language, by column key. */
export type CsvHeaders<K extends string> = Readonly<Record<K, string>>;

export const AGENDA_CSV_COLUMNS = ['date', 'documentNumber', 'meeting', 'session', 'ordinal', 'kind', 'title', 'document', 'topics', 'leadDepartments', 'url'] as const;
export const ATTENDANCE_CSV_COLUMNS = ['date', 'documentNumber', 'meeting', 'role', 'name', 'organisation', 'reason', 'url'] as const;

export type AgendaCsvColumn = (typeof AGENDA_CSV_COLUMNS)[number];
export type AttendanceCsvColumn = (typeof ATTENDANCE_CSV_COLUMNS)[number];

/**
 * RFC 4180 CSV with a byte-order mark, so spreadsheet software reads the Chinese as UTF-8, and CRLF
 * line ends as the RFC writes them. csv-stringify quotes whatever needs quoting.
 */
function csv<K extends string>(columns: readonly K[], headers: CsvHeaders<K>, rows: Array<Record<K, string | number>>): string {
  return stringify(rows, { bom: true, header: true, record_delimiter: 'windows', columns: columns.map((key) => ({ key, header: headers[key] })) });
}

/** /data/agenda-items.csv: one row per agenda item of the given documents, in their order. */
export function agendaItemsCsv(
  docs: readonly MinutesDoc[],
  context: { headers: CsvHeaders<AgendaCsvColumn>; topicNames: ReadonlyMap<string, string>; listSeparator: string; links: DataLinks },
): string {
  const { links, listSeparator } = context;
  const rows = docs.flatMap((doc) =>
    doc.data.agenda.map((item) => ({
      date: isoDate(doc.data.meeting.date),
      documentNumber: doc.data.documentNumber ?? '',
      meeting: doc.data.meeting.name,
      session: doc.data.meeting.session ?? '',
      ordinal: item.ordinal,
      kind: item.kind,
      title: item.title,
      document: item.document ?? '',
      topics: item.topics.map((topic) => context.topicNames.get(topic) ?? topic).join(listSeparator),
      leadDepartments: item.leadDepartments.join(listSeparator),
      url: links.published(`${links.page('minutes', doc.id)}#${agendaItemId(item.ordinal)}`),
    })),
  );
  return csv(AGENDA_CSV_COLUMNS, context.headers, rows);
}

/** The roles a person can have in attendance.csv, as the site prints them (出席, 请假, 列席, 其他). */
export interface AttendanceRoles {
  present: string;
  absent: string;
  observer: string;
  other: string;
}

/** /data/attendance.csv: one row per person (or printed group) at each meeting, in printed order. */
export function attendanceCsv(docs: readonly MinutesDoc[], context: { headers: CsvHeaders<AttendanceCsvColumn>; roles: AttendanceRoles; links: DataLinks }): string {
  const { roles, links } = context;
  const rows = docs.flatMap((doc) => {
    const { attendance } = doc.data;
    const row = (role: string, name: string, organisation = '', reason = '') => ({
      date: isoDate(doc.data.meeting.date),
      documentNumber: doc.data.documentNumber ?? '',
      meeting: doc.data.meeting.name,
      role,
      name,
      organisation,
      reason,
      url: links.published(links.page('minutes', doc.id)),
    });
    return [
      ...attendance.present.map((name) => row(roles.present, name)),
      ...attendance.absent.map((absence) => row(roles.absent, absence.name, '', absence.reason)),
      ...attendance.observers.flatMap((group) => group.people.map((name) => row(roles.observer, name, group.organisation))),
      ...attendance.others.map((text) => row(roles.other, text)),
    ];
  });
  return csv(ATTENDANCE_CSV_COLUMNS, context.headers, rows);
}
