import nzh from 'nzh/cn';
import type { PageSource } from '../locales/editor/importer-notes.zh-CN';
import type { NoteOf } from './notes';

/** A meeting date as printed in an opening, complete or not. */
export interface PrintedDate {
  year?: number;
  month?: number;
  day?: number;
  /** Where the date stands in the text and how long it is. */
  index: number;
  length: number;
  /** Set when the date as printed is impossible (33日, 2025年1127日): reported, never repaired. */
  broken?: string;
}

const NUMBER = '(\\d{1,4}|[一二三四五六七八九十〇零]{1,4})';
/** 2023年4月10日, 4月29日, 五月十八日, 25日, 2025年1127日 (a lost 月): year, month and day each optional but the day. */
const DATE = new RegExp(`(?:(\\d{4})\\s*年\\s*)?(?:${NUMBER}\\s*月\\s*)?${NUMBER}\\s*日`, 'u');

function numberOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/u.test(text) ? Number(text) : Number(nzh.decodeS(text));
  return Number.isInteger(value) ? value : undefined;
}

/** The first date in `text`, with what is missing left undefined and an impossible one marked broken. */
export function printedDate(text: string): PrintedDate | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const year = match[1] ? Number(match[1]) : undefined;
  const month = numberOf(match[2]);
  const day = numberOf(match[3]);
  const date: PrintedDate = { index: match.index, length: match[0].length, ...(year ? { year } : {}), ...(month ? { month } : {}), ...(day ? { day } : {}) };
  const invalid = day === undefined || day < 1 || day > 31 || (month !== undefined && (month < 1 || month > 12));
  if (invalid || (year && month && day && !calendarDay(year, month, day))) return { ...date, broken: match[0] };
  return date;
}

/** The UTC date, or undefined when the day does not exist. */
export function calendarDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** Where the year (and month) of a date printed without them came from. */
export interface DateContext {
  /** The year of the 文号 〔2023〕. */
  numberYear?: number;
  /** The page's publication date, with the label of its line (发布时间); no label when the date stood alone above the text. */
  pageDate?: { date: Date } & PageSource;
  /** A year in the source file's name. */
  fileYear?: number;
}

/** Where the missing parts of a completed date came from: the note without the date as printed. */
export type DateSource = DistributiveOmit<NoteOf<'monthAndYearFromPage' | 'yearFromNumber' | 'yearFromPage' | 'yearBeforePage' | 'yearFromFileName'>, 'printed'>;

/** Why a printed date cannot be completed. */
export type DateProblem = NoteOf<'impossibleDate' | 'noMonth' | 'dayNotInPageMonth' | 'afterPage' | 'noYear'>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The page a date came from, as the notes name it. */
const pageSource = (page: PageSource): PageSource => (page.label ? { label: page.label } : {});

/**
 * Completes a date printed without its year (or month). The year comes from the 文号, else the
 * page's date, else the file name; the month only from the page's date. A meeting is held on or
 * before the day its report is published, so 12月30日 on a page of 2024-01-02 is of 2023. Returns
 * the date and a note saying where the missing parts came from (the caller adds the date as
 * printed), or a note saying why it cannot be completed.
 */
export function completeDate(printed: PrintedDate, context: DateContext): { date?: Date | undefined; from?: DateSource; problem?: DateProblem } {
  if (printed.broken) return { problem: { key: 'impossibleDate', printed: printed.broken } };
  const { year, month, day } = printed as Required<Pick<PrintedDate, 'day'>> & PrintedDate;
  if (year && month) return { date: calendarDay(year, month, day as number) };
  const page = context.pageDate;
  if (!month) {
    if (!page) return { problem: { key: 'noMonth', day: day as number } };
    let candidate = calendarDay(page.date.getUTCFullYear(), page.date.getUTCMonth() + 1, day as number);
    if (!candidate || candidate > page.date) candidate = calendarDay(page.date.getUTCFullYear(), page.date.getUTCMonth(), day as number);
    return candidate ? { date: candidate, from: { key: 'monthAndYearFromPage', page: pageSource(page) } } : { problem: { key: 'dayNotInPageMonth', day: day as number, page: pageSource(page) } };
  }
  if (context.numberYear) return { date: calendarDay(context.numberYear, month, day as number), from: { key: 'yearFromNumber' } };
  if (page) {
    const sameYear = calendarDay(page.date.getUTCFullYear(), month, day as number);
    if (sameYear && sameYear <= page.date) return { date: sameYear, from: { key: 'yearFromPage', page: pageSource(page) } };
    const yearBefore = calendarDay(page.date.getUTCFullYear() - 1, month, day as number);
    // A meeting more than a few months before its report would be odd: say so rather than guess.
    if (yearBefore && page.date.getTime() - yearBefore.getTime() < 120 * 86_400_000) return { date: yearBefore, from: { key: 'yearBeforePage', page: pageSource(page) } };
    return { problem: { key: 'afterPage', month, day: day as number, page: pageSource(page) } };
  }
  if (context.fileYear) return { date: calendarDay(context.fileYear, month, day as number), from: { key: 'yearFromFileName' } };
  return { problem: { key: 'noYear', month, day: day as number } };
}
