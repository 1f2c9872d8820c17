/**
 * Dates in content are calendar days. YAML turns them into Dates at UTC midnight, so every
 * formatter here reads them in UTC; the clock and the machine's time zone never matter.
 */
import { formatOf, type LocaleFormat } from './locale-format';

/** 2023-04-10 for a calendar day. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar day written for readers of `lang`, e.g. 2023年4月10日 in zh-CN (pass a LocaleFormat when formatting many). */
export function formatDate(date: Date, lang: string | LocaleFormat): string {
  return formatOf(lang).day(date);
}

/** The calendar year of a day. */
export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}
