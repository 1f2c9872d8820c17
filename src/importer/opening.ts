import nzh from 'nzh/cn';
import { toSimplified } from './chinese';
import type { Findings } from './findings';
import { CN_DATE } from './markers';
import { chineseDate, withoutSpaces, type ParsedParagraph } from './text';

/** The meeting as the opening paragraph describes it. */
export interface OpeningMeeting {
  name?: string;
  session?: number;
  date?: Date;
  timeOfDay?: string;
  place?: string;
  chair?: { name: string; title: string };
}

/** Titles a chair is printed with, longest first so 常务副市长 wins over 副市长 and 市长. */
const CHAIR_TITLES = ['常务副市长', '常务副县长', '常务副区长', '副秘书长', '秘书长', '副市长', '副县长', '副区长', '市长', '县长', '区长', '镇长', '副主任', '主任', '书记', '局长'];

/** Whether a paragraph is the opening one: a date, then someone chairing or convening the meeting. */
export function isOpening(paragraph: ParsedParagraph): boolean {
  return CN_DATE.test(paragraph.simple) && /主持|召开/u.test(paragraph.simple);
}

/**
 * Splits the chair as printed into name and title: 吴敬宇常务副市长 (name first) or 副市长张三 /
 * 市政府副市长张三 (title first). The title is looked up in a list of chairs' titles.
 */
export function splitChair(printed: string): { name: string; title: string } | undefined {
  const text = withoutSpaces(printed);
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
  return printed.length && toSimplified(printed).startsWith(chair.name)
    ? { name: printed.slice(0, chair.name.length), title: printed.slice(chair.name.length) }
    : { title: printed.slice(0, chair.title.length), name: printed.slice(chair.title.length) };
}

/** 22 from 第 22 次 or 第二十二次. */
function sessionNumber(text: string): number | undefined {
  const match = /第\s*(\d+|[一二三四五六七八九十百零〇]+)\s*次/u.exec(text);
  if (!match?.[1]) return undefined;
  const value = /^\d+$/u.test(match[1]) ? Number(match[1]) : Number(nzh.decodeS(match[1]));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * Reads the opening paragraph: 2023 年 4 月 10 日下午，吴敬宇常务副市长[在…]主持召开市政府第 22 次常务会议，
 * 审议《…》《…》，听取…汇报。 Values are sliced from the printed text at the offsets matched in the simplified one.
 */
export function readOpening(paragraph: ParsedParagraph, findings: Findings): OpeningMeeting {
  const meeting: OpeningMeeting = {};
  const { simple, text } = paragraph;
  const set = <K extends keyof OpeningMeeting>(field: K, value: OpeningMeeting[K]) => {
    if (value === undefined) return;
    meeting[field] = value;
    findings.find(`meeting.${field}`, field === 'chair' ? `${meeting.chair?.name}（${meeting.chair?.title}）` : value, paragraph);
  };
  const date = CN_DATE.exec(simple);
  set('date', chineseDate(simple));
  const afterDate = date ? date.index + date[0].length : 0;
  const time = /^\s*(上午|下午|中午|晚上|\d{1,2}\s*[:：]\s*\d{2})/u.exec(simple.slice(afterDate));
  if (time?.[1]) set('timeOfDay', withoutSpaces(text.slice(afterDate, afterDate + time[0].length)).replace('：', ':'));
  const convene = /[，,]\s*(.+?)(?:在(.+?))?主持(?:召开)?(.+?)(?=[，,。；]|$)/u.exec(simple.slice(afterDate));
  if (convene?.[1] && convene[3]) {
    const at = (group: string) => afterDate + simple.slice(afterDate).indexOf(group, convene.index);
    const printedChair = withoutSpaces(text.slice(at(convene[1]), at(convene[1]) + convene[1].length));
    const chair = splitChair(withoutSpaces(convene[1]));
    // Found on the simplified text, written as printed: the name's length is the same in both.
    if (chair) set('chair', chair.title.length + chair.name.length === printedChair.length ? printedSplit(printedChair, chair) : chair);
    else findings.doubt(paragraph, `cannot tell the chair's name from their title in "${convene[1]}"; fill in meeting.chair`);
    if (convene[2]) set('place', withoutSpaces(text.slice(at(convene[2]), at(convene[2]) + convene[2].length)));
    const name = withoutSpaces(text.slice(at(convene[3]), at(convene[3]) + convene[3].length));
    set('name', name);
    set('session', sessionNumber(convene[3]));
  }
  const reviewed = /审议((?:《[^》]+》[、和及]?)+)/u.exec(simple)?.[1];
  if (reviewed) findings.find('(opening) documents reviewed', [...reviewed.matchAll(/《([^》]+)》/gu)].map((match) => match[1]), paragraph);
  const heard = /听取(.+?)的?汇报/u.exec(simple)?.[1];
  if (heard) findings.find('(opening) reports heard', heard, paragraph);
  return meeting;
}
