/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `written` (YYYY-MM-DD) names no day of the calendar, e.g. 2023-04-31 or 2023-02-29. */
export function impossibleDay(written: string): boolean {
  const [year, month, day] = written.split('-').map(Number) as [number, number, number];
  return month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month);
}
