import type { Organisation } from '../schemas/organisation';

/**
 * Looks organisations up by any name minutes may print: the full name or a short form. Names that
 * are not an organisation (各镇人民政府, 市各委办局) resolve to nothing and stay plain text.
 */
export class OrganisationIndex<O extends Organisation = Organisation> {
  readonly byName = new Map<string, O>();

  constructor(organisations: readonly O[]) {
    for (const organisation of organisations) {
      for (const name of [organisation.name, ...organisation.shortNames]) this.byName.set(name, organisation);
    }
  }

  /** The organisation a printed name stands for, if any. */
  resolve(name: string): O | undefined {
    return this.byName.get(name);
  }
}

/** The fields of a minutes document an organisation can be named in, for its page. */
interface OrganisationMentions {
  agenda: ReadonlyArray<{ leadDepartments: readonly string[] }>;
  attendance: { observers: ReadonlyArray<{ organisation: string; people: readonly string[] }> };
  recipients: readonly string[];
  copies: readonly string[];
}

/** How a document reached an organisation: 主送 or 抄送. */
export type Delivery = 'recipient' | 'copy';

/** Everything the published documents say about one organisation. */
export interface OrganisationRecord<D> {
  /** Agenda items it leads (its assignments), as positions in the document's agenda. */
  assignments: Array<{ doc: D; index: number }>;
  /** Meetings it attended without a vote (列席), with the people it sent. */
  observed: Array<{ doc: D; people: readonly string[] }>;
  /** Documents sent to it, under 主送 or 抄送. */
  received: Array<{ doc: D; delivery: Delivery }>;
}

/**
 * Gathers, per organisation id, the assignments, attendance and deliveries of the given documents,
 * in the documents' order. Names that resolve to no organisation are skipped.
 */
export function organisationRecords<D extends { data: OrganisationMentions }>(
  docs: readonly D[],
  index: OrganisationIndex,
): Map<string, OrganisationRecord<D>> {
  const records = new Map<string, OrganisationRecord<D>>();
  const recordOf = (name: string) => {
    const id = index.resolve(name)?.id;
    if (id === undefined) return undefined;
    let record = records.get(id);
    if (!record) records.set(id, (record = { assignments: [], observed: [], received: [] }));
    return record;
  };
  for (const doc of docs) {
    doc.data.agenda.forEach((item, position) => {
      // One organisation printed twice for one item (full and short name) is still one assignment.
      const ids = new Set<string>();
      for (const name of item.leadDepartments) {
        const id = index.resolve(name)?.id;
        if (id === undefined || ids.has(id)) continue;
        ids.add(id);
        recordOf(name)?.assignments.push({ doc, index: position });
      }
    });
    for (const group of doc.data.attendance.observers) recordOf(group.organisation)?.observed.push({ doc, people: group.people });
    // 主送 wins over 抄送 when a document names an organisation in both.
    const deliveries = new Map<string, { name: string; delivery: Delivery }>();
    const lists: Array<[readonly string[], Delivery]> = [
      [doc.data.recipients, 'recipient'],
      [doc.data.copies, 'copy'],
    ];
    for (const [names, delivery] of lists) {
      for (const name of names) {
        const id = index.resolve(name)?.id;
        if (id !== undefined && !deliveries.has(id)) deliveries.set(id, { name, delivery });
      }
    }
    for (const { name, delivery } of deliveries.values()) recordOf(name)?.received.push({ doc, delivery });
  }
  return records;
}
