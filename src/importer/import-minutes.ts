import type { Topic } from '../schemas/topic';
import type { OrganisationIndex } from '../utils/organisations';
import { readClosing, isClosingLine, type Closing } from './closing';
import { Findings } from './findings';
import { readHeader, type Header } from './header';
import { readItems, type ImportedItem } from './items';
import { paragraphsOf } from './layout';
import { ITEM_HEADING } from './markers';
import { isOpening, readOpening, type OpeningMeeting } from './opening';
import type { SourceLine } from './source-line';
import { withSimplified, type ParsedParagraph } from './text';

/** The collections references are resolved against. */
export interface ImportCollections {
  organisations: OrganisationIndex;
  topics: readonly Topic[];
}

/** Everything read from one source: the fields, the body's parts in order, and the findings for the report. */
export interface ImportedMinutes {
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

/**
 * Reads a 纪要 from its source lines. The text is split into the header (above the opening
 * paragraph), the body (the opening paragraph up to the first closing line) and the closing
 * lines; each part is read by its own module.
 */
export function importMinutes(lines: readonly SourceLine[], collections: ImportCollections): ImportedMinutes {
  const findings = new Findings();
  findings.ocr.push(...lines.filter((line) => line.ocr && line.text.trim() !== '').map((line) => ({ line: line.line, page: line.page, text: line.text.trim() })));
  const { paragraphs: plain, removed } = paragraphsOf(lines);
  findings.removed.push(...removed);
  const paragraphs = plain.map(withSimplified);

  const firstHeading = paragraphs.findIndex((paragraph) => ITEM_HEADING.test(paragraph.simple));
  let opening = paragraphs.findIndex(isOpening);
  if (opening < 0 || (firstHeading >= 0 && opening > firstHeading)) opening = -1;
  const bodyStart = opening >= 0 ? opening : Math.max(0, firstHeading);
  const afterFirstHeading = firstHeading >= 0 ? firstHeading : bodyStart;
  const closingOffset = paragraphs.slice(afterFirstHeading).findIndex(isClosingLine);
  const bodyEnd = closingOffset >= 0 ? afterFirstHeading + closingOffset : paragraphs.length;

  const header = readHeader(paragraphs.slice(0, bodyStart), collections.organisations, findings);
  // readHeader and readClosing only ever place the parsed paragraphs they are given.
  const unplacedBefore = [...findings.unplaced] as ParsedParagraph[];
  const meeting = opening >= 0 ? readOpening(paragraphs[opening] as ParsedParagraph, findings) : {};
  if (opening < 0) findings.miss('meeting', 'no opening paragraph (a date, then …主持召开…会议); fill in meeting.name, session, date and chair');
  const body = paragraphs.slice(bodyStart, bodyEnd);
  const headingAt = body.findIndex((paragraph) => ITEM_HEADING.test(paragraph.simple));
  const preamble = headingAt >= 0 ? body.slice(0, headingAt) : body;
  const items = headingAt >= 0 ? readItems(body.slice(headingAt), collections.organisations, collections.topics, findings) : [];
  if (items.length === 0) findings.miss('agenda', 'no agenda item headings (一、…) found; the body is kept as it is');
  const closing = readClosing(paragraphs.slice(bodyEnd), collections.organisations, findings);
  const unplacedAfter = findings.unplaced.slice(unplacedBefore.length) as ParsedParagraph[];

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
  for (const [field, value, where] of required) if (value === undefined) findings.miss(field, where);
  for (const field of NOT_PRINTED) findings.miss(field, 'not printed in the minutes; add it from the disclosure catalogue if known');

  return { header, meeting, items, closing, preamble, unplacedBefore, unplacedAfter, findings };
}
