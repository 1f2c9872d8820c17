/**
 * Patterns for the parts of a 纪要 that start a new unit of text. Each accepts the full-width and
 * the ASCII form of its punctuation: （一）/(一), ：/:, 〔〕/[].
 */

/** Chinese numerals as used to number items and points. */
export const CN_NUMERAL = '[一二三四五六七八九十]+';

/** 一、听取…: an agenda item heading (also 一. or 一．). Group 1 is the ordinal. */
export const ITEM_HEADING = new RegExp(`^\\s*(${CN_NUMERAL})\\s*[、.．]\\s*`, 'u');

/** Numbered points inside an item: （一） (一) / 1. 1、 / (1) （1） / 第一，. */
export const POINT_MARKER = new RegExp(`^\\s*(?:[（(]\\s*(?:${CN_NUMERAL}|\\d+)\\s*[)）]|\\d+\\s*[.．、]|第${CN_NUMERAL}\\s*[，,、：:])`, 'u');

/** Labels of the closing lines. Group 1 is the label. */
export const CLOSING_LABEL = /^\s*(出席|请假|缺席|列席|主送|抄送|抄报|发送)\s*[:：]/u;

/** A date written in Chinese: 2023 年 4 月 18 日 (spaces occur). Groups: year, month, day. */
export const CN_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

/** A line that is only a date. */
export const DATE_LINE = new RegExp(`^\\s*${CN_DATE.source}\\s*$`, 'u');

/** The 发布层次 line: (此件公开发布), （此件依申请公开）… Group 1 is the text inside the brackets. */
export const RELEASE_LINE = /^\s*[（(]\s*(此件[^）)]*?)\s*[)）]\s*$/u;

/** The 整理 line: 太仓市人民政府办公室 整理. Group 1 is the compiling office. */
export const COMPILED_LINE = /^\s*(.+?)\s*整理\s*$/u;

/** 会议议定以下意见： and its variants, which end the opening and start the decisions. */
export const DECISIONS_INTRO = /^\s*(?:会议)?(?:议定|纪要|确定|决定|研究)(?:以下|如下)(?:意见|事项)?\s*[:：]?\s*$|^\s*现(?:将会议)?(?:议定事项)?纪要如下\s*[:：]\s*$/u;

/** A sentence ends here: 。；：！？ (or ASCII ;:!?) possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[。；：！？;:!?…][”’」』）)》]*\s*$/u;

/** Whether a paragraph begins a unit of its own, so a line before it cannot run on into it. */
export function startsUnit(text: string): boolean {
  return (
    ITEM_HEADING.test(text) ||
    POINT_MARKER.test(text) ||
    CLOSING_LABEL.test(text) ||
    DATE_LINE.test(text) ||
    RELEASE_LINE.test(text) ||
    DECISIONS_INTRO.test(text)
  );
}

const OPENING = '《（(“‘「『〔[';
const CLOSING = '》）)”’」』〕]';

/** Whether every bracket or quote opened in `text` is closed again (a heading cut by a page break is not). */
export function bracketsBalanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
  }
  return depth === 0;
}
