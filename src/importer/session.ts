import nzh from 'nzh/cn';

const NUMERAL = '[\\d〇零一二三四五六七八九十百]+';
const TERM = new RegExp(`(?:第\\s*)?(${NUMERAL})\\s*届`, 'u');
const SESSION = new RegExp(`(?:第\\s*)?(${NUMERAL})\\s*次`, 'u');

function numberOf(text: string): number | undefined {
  const value = /^\d+$/u.test(text) ? Number(text) : Number(nzh.decodeS(text));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * The session number and the term (届) in a meeting's name, in the forms printed: 第22次, 第 32 次,
 * 第四十四次, 十七届十三次, 九届31次, 五届四十八次, 第十九届市政府第20次, 第十六届人民政府第32次,
 * 十八届市政府第24次, 2024年区政府第18次 (a year is not a term). The session is looked for after the term.
 */
export function sessionAndTerm(name: string): { session?: number; term?: number } {
  const text = name.replace(/\s+/gu, '');
  const term = TERM.exec(text);
  const rest = term ? text.slice(term.index + term[0].length) : text;
  const session = SESSION.exec(rest);
  const result: { session?: number; term?: number } = {};
  const termValue = term?.[1] ? numberOf(term[1]) : undefined;
  const sessionValue = session?.[1] ? numberOf(session[1]) : undefined;
  if (termValue) result.term = termValue;
  if (sessionValue) result.session = sessionValue;
  return result;
}
