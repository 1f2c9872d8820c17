/** One bar of a chart: a label, its count and, when there is one, the page about it. */
export interface CountRow {
  label: string;
  value: number;
  href?: string | undefined;
}

/** A calendar month, e.g. { year: 2023, month: 4 }. */
export interface Month {
  year: number;
  month: number;
}

/**
 * Counts days per calendar month from the earliest to the latest month given, months without any
 * day included as zero so gaps show; empty when there are no days.
 */
export function countPerMonth(days: readonly Date[]): Array<Month & { value: number }> {
  if (days.length === 0) return [];
  const index = (day: Date) => day.getUTCFullYear() * 12 + day.getUTCMonth();
  const counts = new Map<number, number>();
  for (const day of days) counts.set(index(day), (counts.get(index(day)) ?? 0) + 1);
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, offset) => {
    const at = first + offset;
    return { year: Math.floor(at / 12), month: (at % 12) + 1, value: counts.get(at) ?? 0 };
  });
}

/** Rows with a count above zero, largest first; ties keep their given order. */
export function largestFirst(rows: readonly CountRow[]): CountRow[] {
  return rows.filter((row) => row.value > 0).sort((a, b) => b.value - a.value);
}

/** Bar length of each row as a percentage of the largest value (0 for an all-zero chart). */
export function barPercentages(rows: readonly CountRow[]): number[] {
  const max = Math.max(0, ...rows.map((row) => row.value));
  return rows.map((row) => (max === 0 ? 0 : Math.round((row.value / max) * 1000) / 10));
}
