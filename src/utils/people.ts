import { createHash } from 'node:crypto';

/** The parts of a minutes document that name people. */
interface PeopleMentions {
  meeting: { chair: { name: string; title: string } };
  attendance: {
    present: readonly string[];
    absent: ReadonlyArray<{ name: string; reason?: string | undefined }>;
    observers: ReadonlyArray<{ organisation: string; people: readonly string[] }>;
  };
}

/** Every appearance of one printed name in the published documents, in the documents' order. */
export interface PersonRecord<D> {
  /** Meetings chaired, with the title printed. */
  chaired: Array<{ doc: D; title: string }>;
  /** Meetings attended as a member (出席). */
  present: D[];
  /** Meetings missed with leave (请假). */
  absent: Array<{ doc: D; reason: string | undefined }>;
  /** Meetings attended without a vote (列席), for the organisation printed. */
  observed: Array<{ doc: D; organisation: string }>;
}

/** Total meetings a person appears in, in any role. */
export function meetingCount(record: PersonRecord<unknown>): number {
  return new Set([...record.chaired.map(({ doc }) => doc), ...record.present, ...record.absent.map(({ doc }) => doc), ...record.observed.map(({ doc }) => doc)]).size;
}

/**
 * Gathers every printed name of the given documents with the meetings it chaired, attended,
 * missed or observed. People are identified by the name as printed; two people who share a name
 * share a record, as they do in the minutes themselves.
 */
export function personRecords<D extends { data: PeopleMentions }>(docs: readonly D[]): Map<string, PersonRecord<D>> {
  const records = new Map<string, PersonRecord<D>>();
  const recordOf = (name: string) => {
    let record = records.get(name);
    if (!record) records.set(name, (record = { chaired: [], present: [], absent: [], observed: [] }));
    return record;
  };
  for (const doc of docs) {
    const { chair } = doc.data.meeting;
    recordOf(chair.name).chaired.push({ doc, title: chair.title });
    for (const name of doc.data.attendance.present) recordOf(name).present.push(doc);
    for (const { name, reason } of doc.data.attendance.absent) recordOf(name).absent.push({ doc, reason });
    for (const group of doc.data.attendance.observers) {
      for (const name of group.people) recordOf(name).observed.push({ doc, organisation: group.organisation });
    }
  }
  return records;
}

/** Names that make a readable, safe URL segment as they are: letters, digits and the middle dot of transliterated names. */
const PLAIN_NAME = /^[\p{L}\p{N}·]+$/u;

/**
 * The URL segment of a person's page: the id from the people collection when the name is listed
 * there, else the printed name itself (percent-encoded in links) when it is plain letters, else a
 * stable hash of the name, so no printed text can make a path with /, markup or spaces.
 */
export function personSlug(name: string, listed: ReadonlyMap<string, { id: string }>): string {
  const id = listed.get(name)?.id;
  if (id !== undefined) return id;
  return PLAIN_NAME.test(name) ? name : `person-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}
