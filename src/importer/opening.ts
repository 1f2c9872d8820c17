import { toSimplified } from './chinese';
import type { Findings } from './findings';
import { completeDate, printedDate, type DateContext } from './meeting-date';
import { sessionAndTerm } from './session';
import { withoutSpaces, type ParsedParagraph } from './text';

/** The meeting as the opening paragraph describes it. */
export interface OpeningMeeting {
  name?: string;
  session?: number;
  /** 届: the term of the government the meeting belongs to, when printed (reported; the name keeps it). */
  term?: number;
  date?: Date;
  timeOfDay?: string;
  place?: string;
  chair?: { name: string; title: string };
}

/** Titles a chair is printed with, longest first so 常务副市长 wins over 副市长 and 市长. */
const CHAIR_TITLES = ['常务副市长', '常务副县长', '常务副区长', '副秘书长', '秘书长', '副省长', '副市长', '副县长', '副区长', '副州长', '省长', '市长', '县长', '区长', '州长', '旗长', '镇长', '副主任', '主任', '书记', '局长'];

/** Whether a paragraph is the opening one: a date, then someone chairing or convening the meeting. */
export function isOpening(paragraph: ParsedParagraph): boolean {
  const date = printedDate(paragraph.simple);
  return Boolean(date) && /主持|召开|举行/u.test(paragraph.simple.slice(date?.index ?? 0));
}

/**
 * Splits the chair as printed into name and title: 吴敬宇常务副市长 (name first) or 副市长张三 /
 * 区委副书记、区长吴小杰 (title first). The title is looked up in a list of chairs' titles; 同志 after
 * the name is dropped.
 */
export function splitChair(printed: string): { name: string; title: string } | undefined {
  const text = withoutSpaces(printed).replace(/同志$/u, '');
  for (const title of CHAIR_TITLES) {
    if (text.endsWith(title) && text.length - title.length >= 2 && text.length - title.length <= 4) {
      return { name: text.slice(0, -title.length), title };
    }
  }
  for (const title of CHAIR_TITLES) {
    const at = text.lastIndexOf(title);
    const name = at >= 0 ? text.slice(at + title.length) : '';
    if (at >= 0 && name.length >= 2 && name.length <= 4) return { name, title: text.slice(0, at + title.length) };
  }
  return undefined;
}

/** The printed chair cut where the simplified one was: name first or title first. */
function printedSplit(printed: string, chair: { name: string; title: string }): { name: string; title: string } {
  const text = printed.replace(/同志$/u, '');
  return toSimplified(text).startsWith(chair.name)
    ? { name: text.slice(0, chair.name.length), title: text.slice(chair.name.length) }
    : { title: text.slice(0, chair.title.length), name: text.slice(chair.title.length, chair.title.length + chair.name.length) };
}

/** 上午, 晚上八点, 14:30: the time of day printed after the date. */
const TIME_OF_DAY = /^\s*((?:上午|下午|中午|晚上|早上|晚)(?:[一二三四五六七八九十]{1,3}点(?:半|[一二三四五六七八九十]{1,3}分)?)?|\d{1,2}\s*[:：]\s*\d{2})/u;

/** The chair from 区长X主持召开, or from a later sentence 会议由区长X主持. */
function readChair(paragraph: ParsedParagraph, segment: { start: number; end: number }, findings: Findings): OpeningMeeting['chair'] {
  const simple = withoutSpaces(paragraph.simple.slice(segment.start, segment.end));
  const printed = withoutSpaces(paragraph.text.slice(segment.start, segment.end));
  if (!simple) return undefined;
  const chair = splitChair(simple);
  if (!chair) {
    findings.doubt(paragraph, { key: 'chairUnclear', printed });
    return undefined;
  }
  // Found on the simplified text, written as printed: the lengths are the same in both.
  return printed.replace(/同志$/u, '').length === chair.name.length + chair.title.length ? printedSplit(printed, chair) : chair;
}

/**
 * Reads the opening paragraph: 2023 年 4 月 10 日下午，吴敬宇常务副市长[在…]主持召开市政府第 22 次常务会议，…
 * and the forms of other bodies (4月29日，区委副书记、区长吴小杰主持召开…; 浙江省长李强17日上午主持召开…;
 * 2月19日晚上八点，区政府召开第十六次常务会议 … 会议由区长曹阜忠主持). Values are sliced from the
 * printed text at the offsets matched in the simplified one. A date without its year is completed
 * from `context` and the report says from where; an impossible date is reported, not repaired.
 */
export function readOpening(paragraph: ParsedParagraph, later: readonly ParsedParagraph[], context: DateContext, findings: Findings): OpeningMeeting {
  const meeting: OpeningMeeting = {};
  const { simple, text } = paragraph;
  const set = <K extends keyof OpeningMeeting>(field: K, value: OpeningMeeting[K], from: ParsedParagraph = paragraph) => {
    if (value === undefined) return;
    meeting[field] = value;
    findings.find(`meeting.${field}`, field === 'chair' ? `${meeting.chair?.name}（${meeting.chair?.title}）` : value, from);
  };
  const printed = printedDate(simple);
  if (printed) {
    const completed = completeDate(printed, context);
    if (completed.date) {
      set('date', completed.date);
      if (completed.from) findings.doubt(paragraph, { ...completed.from, printed: text.slice(printed.index, printed.index + printed.length) });
    } else if (completed.problem) {
      findings.doubt(paragraph, completed.problem);
    }
  }
  const afterDate = printed ? printed.index + printed.length : 0;
  const time = TIME_OF_DAY.exec(simple.slice(afterDate));
  if (time?.[1]) set('timeOfDay', withoutSpaces(text.slice(afterDate, afterDate + time[0].length)).replace('：', ':'));

  const chairAt = simple.indexOf('主持');
  if (chairAt >= 0) {
    // The chair stands between the last comma before 主持 (or the paragraph start) and 主持; the place after 在.
    let start = Math.max(simple.lastIndexOf('，', chairAt), simple.lastIndexOf(',', chairAt), simple.lastIndexOf('。', chairAt)) + 1;
    let end = chairAt;
    if (printed && printed.index >= start && printed.index < end) {
      // 浙江省长李强17日上午主持: the chair before the date; else the date before the chair.
      if (printed.index > start) end = printed.index;
      else start = afterDate + (time?.[0].length ?? 0);
    }
    const placeAt = simple.indexOf('在', start);
    if (placeAt >= 0 && placeAt < chairAt) {
      set('place', withoutSpaces(text.slice(placeAt + 1, chairAt)));
      if (placeAt < end) end = placeAt;
    }
    set('chair', readChair(paragraph, { start, end }, findings));
  }
  // The meeting's name: what is convened, up to the next punctuation; of 党组会议和常务会议, the 常务会议.
  const convened = /(?:召开|主持)(?!召开)([^，,。；;：:]+)/u.exec(simple.slice(Math.max(chairAt, 0)));
  if (convened?.[1]) {
    const start = Math.max(chairAt, 0) + (convened.index ?? 0) + convened[0].length - convened[1].length;
    const parts = convened[1].split('和');
    const chosen = parts.find((part) => /常务|次/u.test(part)) ?? convened[1];
    const offset = start + convened[1].indexOf(chosen);
    const name = withoutSpaces(text.slice(offset, offset + chosen.length)).replace(/^了/u, '');
    if (/会/u.test(chosen)) {
      set('name', name);
      const { session, term } = sessionAndTerm(toSimplified(name));
      set('session', session);
      set('term', term);
    }
  }
  if (!meeting.chair) {
    for (const paragraphLater of later) {
      const by = /会议由([^，,。；;]+?)主持/u.exec(paragraphLater.simple);
      if (!by?.[1]) continue;
      const start = (by.index ?? 0) + 3;
      set('chair', readChair(paragraphLater, { start, end: start + by[1].length }, findings), paragraphLater);
      break;
    }
  }
  const reviewed = /审议((?:《[^》]+》[、和及]?)+)/u.exec(simple)?.[1];
  if (reviewed) findings.find('', [...reviewed.matchAll(/《([^》]+)》/gu)].map((match) => match[1]), paragraph, { key: 'documentsReviewed' });
  const heard = /听取(.+?)的?汇报/u.exec(simple)?.[1];
  if (heard) findings.find('', heard, paragraph, { key: 'reportsHeard' });
  return meeting;
}
