import { FIELDS_OF_MINUTES_ONLY, type DocumentKind } from '../schemas/document-kind';
import type { Topic } from '../schemas/topic';
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
  if (traditional > 0) findings.doubt(undefined, `the source is in traditional characters (${traditional} of ${paragraphs.length} paragraphs): read in their simplified form, the text kept as printed; check names and titles`);

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
    findings.find('documentKind (no 文号, 文种 or 纪要: a meeting report)', MEETING_REPORT, paragraphs[opening]);
  }
  // A report's headline is the last paragraph above its opening; anything else there is unplaced.
  const headline = report && above.length > 0 && isHeadline(above.at(-1) as ParsedParagraph) ? above.at(-1) : undefined;
  if (report) for (const paragraph of above) paragraph === headline ? findings.find('(headline, kept at the top of the body)', paragraph.text, paragraph) : findings.unplaced.push(paragraph);
  // readHeader and readClosing only ever place the parsed paragraphs they are given.
  const unplacedBefore = report ? above : ([...findings.unplaced] as ParsedParagraph[]);
  const unplacedCount = findings.unplaced.length;
  const context = {
    ...(NUMBER_YEAR.exec(header.documentNumber ?? '') ? { numberYear: Number(NUMBER_YEAR.exec(header.documentNumber ?? '')?.[1]) } : {}),
    ...(web.pageDate ? { pageDate: web.pageDate } : {}),
    ...(FILE_YEAR.exec(options.sourceName?.replace(/^.*[\\/]/u, '') ?? '') ? { fileYear: Number(FILE_YEAR.exec(options.sourceName?.replace(/^.*[\\/]/u, '') ?? '')?.[1]) } : {}),
  };
  const meeting = opening >= 0 ? readOpening(paragraphs[opening] as ParsedParagraph, paragraphs.slice(opening + 1, bodyEnd), context, findings) : {};
  if (opening < 0) findings.miss('meeting', 'no opening paragraph (a date, then …主持召开…会议); fill in meeting.name, session, date and chair');
  const title = headline?.simple ?? header.meetingInTitle;
  if (meeting.session === undefined && title) {
    const { session, term } = sessionAndTerm(title);
    if (session) {
      meeting.session = session;
      findings.find('meeting.session (from the title)', session, headline);
    }
    if (term && meeting.term === undefined) findings.find('meeting.term (from the title)', term, headline);
  }
  const body = paragraphs.slice(bodyStart, bodyEnd);
  const headingAt = body.findIndex((paragraph) => ITEM_HEADING.test(paragraph.simple));
  let preamble = headingAt >= 0 ? body.slice(0, headingAt) : body;
  let items = headingAt >= 0 ? readItems(body.slice(headingAt), collections.organisations, collections.topics, findings) : [];
  if (report) ({ preamble, items } = readReportItems(body, collections.organisations, collections.topics, findings));
  if (items.length === 0) findings.miss('agenda', report ? 'no paragraph announces an item (会议审议/听取/研究了…); the body is kept as it is' : 'no agenda item headings (一、…) found; the body is kept as it is');
  const closing = readClosing(paragraphs.slice(bodyEnd), collections.organisations, findings);
  if (report && closing.attendance.present.length === 0 && closing.attendance.others.length === 0) {
    // A report prints who attended in its sentences (…出席会议, …列席会议).
    const inText = attendanceFromSentences([...preamble, ...items.flatMap((item) => [item.heading, ...item.points])], findings);
    closing.attendance.present.push(...inText.present);
    closing.attendance.others.push(...inText.others);
  }
  const unplacedAfter = findings.unplaced.slice(unplacedCount) as ParsedParagraph[];

  const required: Array<[string, unknown, string]> = [
    ['issuer', header.issuer, 'the 发文机关 line above the number'],
    ['documentType', header.documentType, 'the 文种 line, e.g. 常务会议纪要'],
    ['documentNumber', header.documentNumber, '第N号 or 〔YYYY〕N号'],
    ['issuingOffice', header.issuingOffice, 'the office printed under the number'],
    ['dateIssued', header.dateIssued, 'the date line of the header'],
    ['meeting.name', meeting.name, 'from …召开X会议 in the opening'],
    ['meeting.session', meeting.session, 'from 第N次 in the meeting name'],
    ['meeting.date', meeting.date, 'the date the opening starts with'],
    ['meeting.chair', meeting.chair, 'from X主持召开 in the opening'],
    ['meeting.timeOfDay', meeting.timeOfDay, '上午/下午 after the date (optional)'],
    ['meeting.place', meeting.place, '在…主持召开 (optional)'],
    ['compiled.by', closing.compiled.by, 'the …整理 line'],
    ['compiled.date', closing.compiled.date, 'the date under the 整理 line'],
    ['attendance.present', closing.attendance.present.length ? closing.attendance.present : undefined, 'the 出席： line'],
    ['attendance.absent', closing.attendance.absent.length ? closing.attendance.absent : undefined, 'the 请假： line (optional)'],
    ['attendance.observers', closing.attendance.observers.length ? closing.attendance.observers : undefined, 'the 列席： line (optional)'],
    ['recipients', closing.recipients.length ? closing.recipients : undefined, 'the 主送： line (optional)'],
    ['copies', closing.copies.length ? closing.copies : undefined, 'the 抄送： line (optional)'],
    ['disclosure.release', closing.disclosure.release, 'the (此件公开发布) line; without it disclosure.access must be set by hand'],
  ];
  // A meeting report prints none of the formal 纪要's header and closing lines; the schema does not ask for them.
  const notInReports = new Set<string>([...FIELDS_OF_MINUTES_ONLY, 'compiled.by', 'compiled.date', 'attendance.present', 'disclosure.release']);
  for (const [field, value, where] of required) {
    if (value !== undefined || (report && field === 'issuer')) continue;
    if (report && notInReports.has(field)) findings.miss(field, 'not printed in a meeting report (optional for documentKind: 会议报道); fill it in if the office publishes it');
    else findings.miss(field, where);
  }
  if (report) findings.miss('issuer', 'a meeting report names no 发文机关; fill in the body that published it (an organisation in organisations.yaml)');
  if (!closing.disclosure.access) findings.miss('disclosure.access', 'no (此件公开发布) line; set 主动公开, 依申请公开 or 不予公开 by hand');
  for (const field of NOT_PRINTED) findings.miss(field, 'not printed in the minutes; add it from the disclosure catalogue if known');

  return { documentKind, header, meeting, items, closing, preamble, unplacedBefore, unplacedAfter, findings };
}
