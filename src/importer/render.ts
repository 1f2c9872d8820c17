import { isSeq, isScalar, isPair, Document, visit } from 'yaml';
import { isoDate } from '../utils/dates';
import type { ImportedMinutes } from './import-minutes';
import type { ParsedParagraph } from './text';

type Data = Record<string, unknown>;

/** Drops undefined fields and empty lists, so a field that was not found is simply absent (and `npm run check` names it). */
function compact(value: Data): Data {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined && !(Array.isArray(field) && field.length === 0)),
  );
}

const day = (date: Date | undefined) => (date ? isoDate(date) : undefined);

/** The frontmatter of the imported file, in the field order of EDITING.md, always with status draft. */
export function frontmatterOf(imported: ImportedMinutes): Data {
  const { header, meeting, items, closing } = imported;
  const meetingData = compact({ name: meeting.name, session: meeting.session, date: day(meeting.date), timeOfDay: meeting.timeOfDay, place: meeting.place, chair: meeting.chair });
  const compiled = compact({ by: closing.compiled.by, date: day(closing.compiled.date) });
  return compact({
    // Written only for a report: a 纪要 is the default kind, as in the hand-made files.
    documentKind: imported.documentKind === '纪要' ? undefined : imported.documentKind,
    issuer: header.issuer,
    documentType: header.documentType,
    documentNumber: header.documentNumber,
    issuingOffice: header.issuingOffice,
    dateIssued: day(header.dateIssued),
    meeting: Object.keys(meetingData).length ? meetingData : undefined,
    compiled: Object.keys(compiled).length ? compiled : undefined,
    agenda: items.map((item) => ({
      ordinal: item.ordinal,
      kind: item.kind,
      title: item.title,
      ...(item.document ? { document: item.document } : {}),
      topics: item.topics,
      leadDepartments: item.leadDepartments,
    })),
    attendance: compact({ ...closing.attendance }),
    recipients: closing.recipients,
    copies: closing.copies,
    disclosure: compact({ access: closing.disclosure.access, release: closing.disclosure.release, status: 'draft' }),
  });
}

/** Keys whose lists of short names read best on one line, as in the hand-written files. */
const FLOW_LISTS = new Set(['topics', 'leadDepartments', 'present', 'people']);

/** The frontmatter as YAML: dates unquoted (YAML reads 2023-04-10 as a date), short lists on one line. */
export function frontmatterYaml(data: Data): string {
  const document = new Document(data);
  visit(document, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && FLOW_LISTS.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A paragraph as markdown: text that markdown would read as a list, quote or heading is escaped. */
function markdownParagraph(text: string): string {
  return text.replace(/^(\d+)([.)])/u, '$1\\$2').replace(/^([#>+*-])/u, '\\$1');
}

/**
 * The body: paragraphs that fit no field at the top and bottom (so nothing is lost; the report
 * names them), the opening, then each agenda item as `## 一、…` and its points.
 */
export function bodyMarkdown(imported: ImportedMinutes): string {
  const paragraphs = (list: readonly ParsedParagraph[]) => list.map((paragraph) => markdownParagraph(paragraph.text));
  const blocks = [
    ...paragraphs(imported.unplacedBefore),
    ...paragraphs(imported.preamble),
    ...imported.items.flatMap((item) => (item.inline ? paragraphs([item.heading, ...item.points]) : [`## ${item.heading.text}`, ...paragraphs(item.points)])),
    ...paragraphs(imported.unplacedAfter),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** The whole markdown file. */
export function minutesMarkdown(imported: ImportedMinutes): string {
  return `---\n${frontmatterYaml(frontmatterOf(imported))}---\n\n${bodyMarkdown(imported)}`;
}
