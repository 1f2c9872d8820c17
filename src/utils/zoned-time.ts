/**
 * Meeting times are printed as a wall-clock time in the site's time zone (14:30, 下午2:30). These
 * helpers read such a time and find the instant it names, through Intl's time-zone data.
 */

/** Hours and minutes of a printed time of day, or undefined for 上午, 下午 and other times without a clock time. */
export function clockTime(timeOfDay: string | undefined): { hour: number; minute: number } | undefined {
  const match = /^(上午|下午|晚上)?\s*(\d{1,2})[:：](\d{2})$/u.exec(timeOfDay?.normalize('NFKC').trim() ?? '');
  if (!match) return undefined;
  const afternoon = match[1] === '下午' || match[1] === '晚上';
  const hour = Number(match[2]) + (afternoon && Number(match[2]) < 12 ? 12 : 0);
  const minute = Number(match[3]);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    .formatToParts(instant)
    .reduce<Record<string, number>>((all, part) => (part.type === 'literal' ? all : { ...all, [part.type]: Number(part.value) }), {});
  return Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!, parts['second']!) - instant;
}

/** The instant a wall-clock time on a calendar day (a Date at UTC midnight) names in a time zone. */
export function zonedInstant(day: Date, time: { hour: number; minute: number }, timeZone: string): Date {
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), time.hour, time.minute);
  // The offset at the guess is right except within hours of a daylight-saving change; a second look settles those.
  const first = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(first, timeZone));
}
