import { FIELDS_OF_MINUTES_ONLY, type DocumentKind } from '../schemas/document-kind';
import type { Topic } from '../schemas/topic';
import type { PrintedField } from '../locales/editor/importer-notes.zh-CN';
import type { OrganisationIndex } from '../utils/organisations';
import { attendanceFromSentences } from './attendance-sentences';
import { readClosing, isClosingLine, type Closing } from './closing';
import { Findings } from './findings';
import { readHeader, type Header } from './header';
import { readItems, type ImportedItem } from './items';
import { paragraphsOf } from './layout';
import { ITEM_HEADING } from './markers';
import { withoutPinyinGlosses } from './chinese';
import { isHeadline, isMeetingReport, MEETING_REPORT, readReportItems } from './meeting-report';
import { isOpening, readOpening, type OpeningMeeting } from './opening';
import { sessionAndTerm } from './session';
import type { Removal, SourceLine } from './source-line';
import { removeWebPageFurniture } from './web-page';
import { withSimplified, type ParsedParagraph } from './text';

/** The collections references are resolved against. */
export interface ImportCollections {
  organisations: OrganisationIndex;
  topics: readonly Topic[];
}

/** Everything read from one source: the fields, the body's parts in order, and the findings for the report. */
export interface ImportedMinutes {
  /** 纪要, or 会议报道 for a source with no 文号, 文种, 纪要 or 一、 headings. */
  documentKind: DocumentKind;
  header: Header;
  meeting: OpeningMeeting;
  items: ImportedItem[];
  closing: Closing;
  /** Paragraphs of the body before the first agenda item: the opening and 会议议定以下意见：. */
  preamble: ParsedParagraph[];
  /** Paragraphs that fit no field, in source order, with whether they came before or after the body. */
  unplacedBefore: ParsedParagraph[];
  unplacedAfter: ParsedParagraph[];
  findings: Findings;
}

/** Fields of the model that the printed minutes never hold; the report reminds the editor of them. */
const NOT_PRINTED = ['indexNumber (索引号)', 'datePublished (发布日期)', 'validity (有效性)', 'summary'];

/** Options of one import: the source's file name, a last source of the year of a date printed without one. */
export interface ImportOptions {
  sourceName?: string;
}

/** Pinyin glosses of a garbled traditional copy (區(qū)) out of each line, reported. */
function removeGlosses(lines: readonly SourceLine[], removed: Removal[]): SourceLine[] {
  return lines.map((line) => {
    const { text, glosses } = withoutPinyinGlosses(line.text);
    if (glosses.length === 0) return line;
    removed.push({ kind: 'pinyin glosses of a garbled copy', line: line.line, page: line.page, text: glosses.join('') });
    return { ...line, text };
  });
}

/** The year of a 文号 (〔2023〕), a 4-digit year in the file name. */
const NUMBER_YEAR = /[〔[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]/u;
const FILE_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/u;

/**
 * Reads a 纪要 or a meeting report from its source lines. Web-page furniture and pinyin glosses
 * come out first; the text is then split into the header (above the opening paragraph), the body
 * (the opening paragraph up to the first closing line) and the closing lines; each part is read by
 * its own module. A source without 文号, 文种, 纪要 or 一、 headings is a meeting report.
 */
export function importMinutes(lines: readonly SourceLine[], collections: ImportCollections, options: ImportOptions = {}): ImportedMinutes {
  const findings = new Findings();
  findings.ocr.push(...lines.filter((line) => line.ocr && line.text.trim() !== '').map((line) => ({ line: line.line, page: line.page, text: line.text.trim() })));
  const web = removeWebPageFurniture(lines);
  findings.removed.push(...web.removed);
  const { paragraphs: plain, removed } = paragraphsOf(removeGlosses(web.lines, findings.removed));
  findings.removed.push(...removed);
  findings.removed.sort((a, b) => a.line - b.line);
  const paragraphs = plain.map(withSimplified);
  const traditional = paragraphs.filter((paragraph) => paragraph.simple !== paragraph.text).length;
  if (traditional > 0) findings.doubt(undefined, { key: 'traditional', traditional, paragraphs: paragraphs.length });

  const firstHeading = paragraphs.findIndex((paragraph) => ITEM_HEADING.test(paragraph.simple));
  let opening = paragraphs.findIndex(isOpening);
  if (opening < 0 || (firstHeading >= 0 && opening > firstHeading)) opening = -1;
  const bodyStart = opening >= 0 ? opening : Math.max(0, firstHeading);
  const afterFirstHeading = firstHeading >= 0 ? firstHeading : bodyStart;
  const closingOffset = paragraphs.slice(afterFirstHeading).findIndex(isClosingLine);
  const bodyEnd = closingOffset >= 0 ? afterFirstHeading + closingOffset : paragraphs.length;

  const above = paragraphs.slice(0, bodyStart);
  const headerProbe = new Findings();
  const probe = readHeader(above, collections.organisations, headerProbe);
  const report = isMeetingReport(Boolean(probe.documentNumber || probe.documentType), paragraphs[opening], firstHeading >= 0);
  const header: Header = report ? {} : readHeader(above, collections.organisations, findings);
  const documentKind: DocumentKind = report ? MEETING_REPORT : '纪要';
  if (report) {
    findings.find('documentKind', MEETING_REPORT, paragraphs[opening], { key: 'meetingReport' });
  }
  // A report's headline is the last paragraph above its opening; anything else there is unplaced.
  const headline = report && above.length > 0 && isHeadline(above.at(-1) as ParsedParagraph) ? above.at(-1) : undefined;
  if (report) for (const paragraph of above) paragraph === headline ? findings.find('', paragraph.text, paragraph, { key: 'headline' }) : findings.unplaced.push(paragraph);
  // readHeader and readClosing only ever place the parsed paragraphs they are given.
  const unplacedBefore = report ? above : ([...findings.unplaced] as ParsedParagraph[]);
  const unplacedCount = findings.unplaced.length;
  const context = {
    ...(NUMBER_YEAR.exec(header.documentNumber ?? '') ? { numberYear: Number(NUMBER_YEAR.exec(header.documentNumber ?? '')?.[1]) } : {}),
    ...(web.pageDate ? { pageDate: web.pageDate } : {}),
    ...(FILE_YEAR.exec(options.sourceName?.replace(/^.*[\\/]/u, '') ?? '') ? { fileYear: Number(FILE_YEAR.exec(options.sourceName?.replace(/^.*[\\/]/u, '') ?? '')?.[1]) } : {}),
  };
  const meeting = opening >= 0 ? readOpening(paragraphs[opening] as ParsedParagraph, paragraphs.slice(opening + 1, bodyEnd), context, findings) : {};
  if (opening < 0) findings.miss('meeting', { key: 'noOpening' });
  const title = headline?.simple ?? header.meetingInTitle;
  if (meeting.session === undefined && title) {
    const { session, term } = sessionAndTerm(title);
    if (session) {
      meeting.session = session;
      findings.find('meeting.session', session, headline, { key: 'fromTitle' });
    }
    if (term && meeting.term === undefined) findings.find('meeting.term', term, headline, { key: 'fromTitle' });
  }
  const body = paragraphs.slice(bodyStart, bodyEnd);
  const headingAt = body.findIndex((paragraph) => ITEM_HEADING.test(paragraph.simple));
  let preamble = headingAt >= 0 ? body.slice(0, headingAt) : body;
  let items = headingAt >= 0 ? readItems(body.slice(headingAt), collections.organisations, collections.topics, findings) : [];
  if (report) ({ preamble, items } = readReportItems(body, collections.organisations, collections.topics, findings));
  if (items.length === 0) findings.miss('agenda', { key: report ? 'noItemSentences' : 'noItemHeadings' });
  const closing = readClosing(paragraphs.slice(bodyEnd), collections.organisations, findings);
  if (report && closing.attendance.present.length === 0 && closing.attendance.others.length === 0) {
    // A report prints who attended in its sentences (…出席会议, …列席会议).
    const inText = attendanceFromSentences([...preamble, ...items.flatMap((item) => [item.heading, ...item.points])], findings);
    closing.attendance.present.push(...inText.present);
    closing.attendance.others.push(...inText.others);
  }
  const unplacedAfter = findings.unplaced.slice(unplacedCount) as ParsedParagraph[];

  const required: Array<[PrintedField, unknown]> = [
    ['issuer', header.issuer],
    ['documentType', header.documentType],
    ['documentNumber', header.documentNumber],
    ['issuingOffice', header.issuingOffice],
    ['dateIssued', header.dateIssued],
    ['meeting.name', meeting.name],
    ['meeting.session', meeting.session],
    ['meeting.date', meeting.date],
    ['meeting.chair', meeting.chair],
    ['meeting.timeOfDay', meeting.timeOfDay],
    ['meeting.place', meeting.place],
    ['compiled.by', closing.compiled.by],
    ['compiled.date', closing.compiled.date],
    ['attendance.present', closing.attendance.present.length ? closing.attendance.present : undefined],
    ['attendance.absent', closing.attendance.absent.length ? closing.attendance.absent : undefined],
    ['attendance.observers', closing.attendance.observers.length ? closing.attendance.observers : undefined],
    ['recipients', closing.recipients.length ? closing.recipients : undefined],
    ['copies', closing.copies.length ? closing.copies : undefined],
    ['disclosure.release', closing.disclosure.release],
  ];
  // A meeting report prints none of the formal 纪要's header and closing lines; the schema does not ask for them.
  const notInReports = new Set<string>([...FIELDS_OF_MINUTES_ONLY, 'compiled.by', 'compiled.date', 'attendance.present', 'disclosure.release']);
  for (const [field, value] of required) {
    if (value !== undefined || (report && field === 'issuer')) continue;
    if (report && notInReports.has(field)) findings.miss(field, { key: 'notInReport' });
    else findings.miss(field, { key: 'printedAt', field });
  }
  if (report) findings.miss('issuer', { key: 'reportIssuer' });
  if (!closing.disclosure.access) findings.miss('disclosure.access', { key: 'noRelease' });
  for (const field of NOT_PRINTED) findings.miss(field, { key: 'notPrinted' });

  return { documentKind, header, meeting, items, closing, preamble, unplacedBefore, unplacedAfter, findings };
}
