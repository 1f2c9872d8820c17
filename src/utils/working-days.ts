import chineseDays from 'chinese-days';
import { isoDate } from './dates';

/** Working days between two calendar days, on the State Council's calendar of holidays and make-up working days. */
export interface WorkingDayCount {
  /** Working days after `from` up to and including `to` (the day a document is made does not count). */
  count: number;
  /** Years in the span the calendar has no holiday schedule for, so the count treats them as weekends only. */
  uncoveredYears: number[];
}

// The package is CommonJS; Node gives its functions only through the default export.
const { getDayDetail, isWorkday } = chineseDays;

const DAY = 24 * 60 * 60 * 1000;

/**
 * Counts the working days a disclosure deadline runs over: 政府信息公开条例 Art. 26 gives 20 working
 * days from the day the information is made. The holidays and make-up working days (调休上班) come from
 * the chinese-days calendar, which carries each year's official notice once it is published.
 */
export function workingDaysAfter(from: Date, to: Date): WorkingDayCount {
  let count = 0;
  const years = new Set<number>();
  for (let day = from.getTime() + DAY; day <= to.getTime(); day += DAY) {
    const date = new Date(day);
    years.add(date.getUTCFullYear());
    if (isWorkday(isoDate(date))) count += 1;
  }
  return { count, uncoveredYears: [...years].filter((year) => !calendarCovers(year)) };
}

/**
 * Whether the calendar has a holiday schedule for a year: every year's schedule has 元旦 on 1 January,
 * which the calendar names only when it has the year (asking for the day, not the year's holidays,
 * is what keeps validation of a large archive fast).
 */
export function calendarCovers(year: number): boolean {
  return getDayDetail(`${year}-01-01`).name.includes('元旦');
}
