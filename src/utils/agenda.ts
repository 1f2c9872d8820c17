import nzh from 'nzh/cn';

/** Chinese numerals used to number agenda items: 一 … 九十九. */
const CHINESE_ORDINAL = '[一二三四五六七八九十]+';

/**
 * The ordinals agenda items are printed with: Chinese numerals (一), numbers as printed (1, 38, *42, S-56),
 * Roman numerals (IV) and letters (A). Which of them a site accepts is a rule of its language
 * (src/validation/locale-rules.ts); the page works with any of them.
 */
const ORDINAL = `(?:${CHINESE_ORDINAL}|\\*?(?:[A-Z]-)?\\d{1,4}|[IVXLC]+|[A-Z])`;

/**
 * An agenda heading starts with its ordinal and 、 or a full stop (ASCII or full-width) or `)`; a number
 * as printed in English minutes (`38 Request of …`) may be followed by a space alone.
 */
const AGENDA_HEADING = new RegExp(`^\\s*(${ORDINAL})(?:\\s*[、.．)]|(?<=\\d)(?=\\s))\\s*(.+?)\\s*$`, 'u');

/** Whether an ordinal is written in Chinese numerals (一, 十二). */
export function isChineseOrdinal(ordinal: string): boolean {
  return CHINESE_ORDINAL_PATTERN.test(ordinal);
}

const CHINESE_ORDINAL_PATTERN = new RegExp(`^${CHINESE_ORDINAL}$`, 'u');

/** A whole string that is an ordinal an agenda item may carry (see ORDINAL). */
export const ORDINAL_PATTERN = new RegExp(`^${ORDINAL}$`, 'u');

/**
 * The ordinals 一 to 九十九, read once by nzh: a build looks an item's ordinal up for every link to
 * it, and nzh's parser was a measurable share of a large build.
 */
const COMMON_ORDINALS: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 99 }, (_, index) => index + 1).flatMap((value) => [
    [nzh.encodeS(value), value] as const,
    // Also the form with the 一 before 十 (一十一), which nzh reads too.
    [nzh.encodeS(value, { tenMin: false }), value] as const,
  ]),
);

/** The number a Chinese ordinal stands for: 一 → 1, 十一 → 11. */
export function ordinalValue(ordinal: string): number {
  if (!isChineseOrdinal(ordinal)) {
    throw new Error(`"${ordinal}" is not a Chinese ordinal`);
  }
  return COMMON_ORDINALS.get(ordinal) ?? Number(nzh.decodeS(ordinal));
}

/**
 * The stable fragment id of an agenda item: it depends only on its ordinal, never its wording.
 * Chinese ordinals and numbers give item-N (一 → item-1, 38 → item-38); other ordinals are kept
 * lower-cased (IV → item-iv, S-56 → item-s-56, *42 → item-42), so two ordinals never share an id.
 */
export function agendaItemId(ordinal: string): string {
  if (isChineseOrdinal(ordinal)) return `item-${ordinalValue(ordinal)}`;
  return `item-${ordinal.replace(/^\*/u, '').toLowerCase()}`;
}

/** Splits heading text such as 一、听取…汇报 or IV. RETIREE AWARDS into its ordinal and title; null when it is not an agenda heading. */
export function parseAgendaHeading(text: string): { ordinal: string; title: string } | null {
  const match = AGENDA_HEADING.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return { ordinal: match[1], title: match[2] };
}
