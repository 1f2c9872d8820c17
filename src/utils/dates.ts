/**
 * Dates in content are calendar days. YAML turns them into Dates at UTC midnight, so every
 * formatter here reads them in UTC; the clock and the machine's time zone never matter.
 */

/** 2023-04-10 for a calendar day. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar day written for readers of `lang`, e.g. 2023年4月10日 in zh-CN. */
export function formatDate(date: Date, lang: string): string {
  return dayFormatter(lang)(date);
}

/**
 * formatDate for one language, with its formatter made once: making an Intl.DateTimeFormat costs
 * far more than formatting a day, and a large site formats hundreds of thousands of days.
 */
export function dayFormatter(lang: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return (date) => format.format(date);
}

/** The calendar year of a day. */
export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}
