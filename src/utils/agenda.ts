import nzh from 'nzh/cn';

/** Chinese numerals used to number agenda items: 一 … 九十九. */
const ORDINAL = '[一二三四五六七八九十]+';

/** An agenda heading starts with its ordinal and 、 (or the ASCII/full-width full stop some offices use). */
const AGENDA_HEADING = new RegExp(`^\\s*(${ORDINAL})\\s*[、.．]\\s*(.+?)\\s*$`, 'u');

/** The number a Chinese ordinal stands for: 一 → 1, 十一 → 11. */
export function ordinalValue(ordinal: string): number {
  if (!new RegExp(`^${ORDINAL}$`, 'u').test(ordinal)) {
    throw new Error(`"${ordinal}" is not a Chinese ordinal`);
  }
  return Number(nzh.decodeS(ordinal));
}

/** The stable fragment id of an agenda item: it depends only on the item's position, never its wording. */
export function agendaItemId(ordinal: string): string {
  return `item-${ordinalValue(ordinal)}`;
}

/** Splits heading text such as 一、听取…汇报 into its ordinal and title; null when it is not an agenda heading. */
export function parseAgendaHeading(text: string): { ordinal: string; title: string } | null {
  const match = AGENDA_HEADING.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return { ordinal: match[1], title: match[2] };
}
