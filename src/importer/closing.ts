import type { Attendance } from '../schemas/attendance';
import type { Disclosure } from '../schemas/disclosure';
import type { OrganisationIndex } from '../utils/organisations';
import type { Findings } from './findings';
import { CLOSING_LABEL, COMPILED_LINE, DATE_LINE, RELEASE_LINE } from './markers';
import { organisationName, splitOrganisationAndPerson } from './organisations';
import { chineseDate, splitList, withoutSpaces, type ParsedParagraph } from './text';

/** What the lines after the last agenda item say. */
export interface Closing {
  attendance: Attendance;
  compiled: { by?: string; date?: Date };
  recipients: string[];
  copies: string[];
  disclosure: { access?: Disclosure['access']; release?: string };
}

/** Whether a paragraph is one of the closing lines, which end the body. */
export function isClosingLine(paragraph: ParsedParagraph): boolean {
  const { simple } = paragraph;
  return CLOSING_LABEL.test(simple) || RELEASE_LINE.test(simple) || DATE_LINE.test(simple) || isCompiledLine(simple);
}

/** 太仓市人民政府办公室 整理: a short line of a name and 整理, without punctuation. */
function isCompiledLine(simple: string): boolean {
  const match = COMPILED_LINE.exec(simple);
  return Boolean(match?.[1] && match[1].length <= 30 && !/[，。；：,;:]/u.test(match[1]));
}

/** Free-text attendees such as 邮政公司、移动公司代表. */
const REPRESENTATIVES = /代表\s*[。.]?\s*$/u;

/** The text after a label (出席：…), printed and simplified, sliced at the same offset. */
function afterLabel(paragraph: ParsedParagraph): { printed: string; simple: string } {
  const label = CLOSING_LABEL.exec(paragraph.simple)?.[0] ?? '';
  return { printed: paragraph.text.slice(label.length), simple: paragraph.simple.slice(label.length) };
}

/** 请假：王莉萍（公务）、陈磊 → names with the reason in brackets, when given. */
function absences(printed: string): Attendance['absent'] {
  return splitList(printed, /[、，,；;]/u).map((entry) => {
    const match = /^(.+?)\s*[（(]\s*(.+?)\s*[)）]$/u.exec(entry);
    return match?.[1] && match[2] ? { name: withoutSpaces(match[1]), reason: match[2] } : { name: withoutSpaces(entry) };
  });
}

/**
 * 列席：市政协张培明，市政府办倪明德、赵隽春… Groups are separated by ，; in a group the first entry is
 * organisation and person (split by splitOrganisationAndPerson), the entries after 、 more people
 * of the same organisation. A group ending in 代表 is free text (邮政公司、移动公司代表).
 */
function observers(paragraph: ParsedParagraph, organisations: OrganisationIndex, findings: Findings): Pick<Attendance, 'observers' | 'others'> {
  const { printed, simple } = afterLabel(paragraph);
  const result: Pick<Attendance, 'observers' | 'others'> = { observers: [], others: [] };
  const printedGroups = splitList(printed, /[，,；;]/u);
  const simpleGroups = splitList(simple, /[，,；;]/u);
  printedGroups.forEach((group, index) => {
    const simpleGroup = simpleGroups[index] ?? group;
    if (REPRESENTATIVES.test(simpleGroup)) {
      result.others.push(group);
      return;
    }
    const [first = '', ...rest] = splitList(simpleGroup, /、/u);
    const restPrinted = splitList(group, /、/u).slice(1);
    const split = splitOrganisationAndPerson(organisations, withoutSpaces(splitList(group, /、/u)[0] ?? ''), withoutSpaces(first));
    if (!split) {
      findings.doubt(paragraph, { key: 'observerUnsplit', group });
      result.others.push(group);
      return;
    }
    const firstPrinted = withoutSpaces(splitList(group, /、/u)[0] ?? '');
    const person = firstPrinted.slice(split.organisation.length);
    if (!split.known) findings.doubt(paragraph, { key: 'observerByLength', printed: firstPrinted, organisation: split.organisation, person });
    const organisation = split.known ? split.organisation : firstPrinted.slice(0, split.organisation.length);
    const people = [person, ...restPrinted.map(withoutSpaces)];
    if (rest.length !== restPrinted.length) findings.doubt(paragraph, { key: 'observerNames', group });
    result.observers.push({ organisation, people });
  });
  return result;
}

/** Reads 出席, 请假, 列席, free-text attendees, the 整理 line and its date, 此件公开发布, 主送 and 抄送. */
export function readClosing(paragraphs: readonly ParsedParagraph[], organisations: OrganisationIndex, findings: Findings): Closing {
  const closing: Closing = { attendance: { present: [], absent: [], observers: [], others: [] }, compiled: {}, recipients: [], copies: [], disclosure: {} };
  let compiledSeen = false;
  for (const paragraph of paragraphs) {
    const { simple } = paragraph;
    const label = CLOSING_LABEL.exec(simple)?.[1];
    const { printed } = afterLabel(paragraph);
    if (label === '出席') {
      closing.attendance.present.push(...splitList(printed, /[、，,\s]+/u));
      findings.find('attendance.present', closing.attendance.present, paragraph);
    } else if (label === '请假' || label === '缺席') {
      closing.attendance.absent.push(...absences(printed));
      findings.find('attendance.absent', closing.attendance.absent.map((absence) => (absence.reason ? `${absence.name}（${absence.reason}）` : absence.name)), paragraph);
    } else if (label === '列席') {
      const read = observers(paragraph, organisations, findings);
      closing.attendance.observers.push(...read.observers);
      closing.attendance.others.push(...read.others);
      findings.findSaid('attendance.observers', { key: 'observerCount', organisations: read.observers.length, people: read.observers.reduce((sum, group) => sum + group.people.length, 0) }, paragraph);
    } else if (label === '主送') {
      closing.recipients.push(...splitList(printed, /[，,；;]/u).map(withoutSpaces));
      findings.find('recipients', closing.recipients, paragraph);
    } else if (label === '抄送' || label === '抄报') {
      closing.copies.push(...splitList(printed, /[，,；;]/u).map(withoutSpaces));
      findings.find('copies', closing.copies, paragraph);
    } else if (REPRESENTATIVES.test(simple) && !label) {
      closing.attendance.others.push(paragraph.text.replace(/\s*[。.]\s*$/u, ''));
      findings.find('attendance.others', closing.attendance.others, paragraph);
    } else if (isCompiledLine(simple)) {
      const printedBy = withoutSpaces(COMPILED_LINE.exec(paragraph.text)?.[1] ?? '');
      const { name: by, known } = organisationName(organisations, printedBy, withoutSpaces(COMPILED_LINE.exec(simple)?.[1] ?? ''));
      closing.compiled.by = by;
      compiledSeen = true;
      findings.find('compiled.by', by, paragraph);
      if (!known) findings.doubt(paragraph, { key: 'unknownOrganisation', field: 'compiled.by', name: by });
    } else if (DATE_LINE.test(simple) && !closing.compiled.date && chineseDate(simple)) {
      const date = chineseDate(simple) as Date;
      closing.compiled.date = date;
      findings.find('compiled.date', date, paragraph);
      if (!compiledSeen) findings.doubt(paragraph, { key: 'compiledDateAlone' });
    } else if (RELEASE_LINE.test(simple)) {
      const release = withoutSpaces(RELEASE_LINE.exec(paragraph.text)?.[1] ?? '');
      closing.disclosure.release = release;
      closing.disclosure.access = /不予公开|不公开/u.test(simple) ? '不予公开' : /依申请/u.test(simple) ? '依申请公开' : '主动公开';
      findings.find('disclosure.release', release, paragraph);
      findings.find('disclosure.access', closing.disclosure.access, paragraph, { key: 'fromReleaseLine' });
    } else {
      findings.unplaced.push(paragraph);
    }
  }
  return closing;
}
