import { toSimplified } from './chinese';
import { CN_DATE } from './markers';
import type { Paragraph } from './source-line';

/** A paragraph together with its simplified form, which has the same length so offsets carry over. */
export interface ParsedParagraph extends Paragraph {
  /** The simplified form the patterns are matched on; printed values are sliced from `text`. */
  simple: string;
}

export function withSimplified(paragraph: Paragraph): ParsedParagraph {
  return { ...paragraph, simple: toSimplified(paragraph.text) };
}

/** A calendar day from 2023 年 4 月 18 日 (UTC midnight, as YAML reads 2023-04-18); undefined if none or impossible. */
export function chineseDate(text: string): Date | undefined {
  const match = CN_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** A printed list split at its separators, each entry trimmed and without the closing 。. */
export function splitList(text: string, separators: RegExp): string[] {
  return text
    .replace(/[。.]\s*$/u, '')
    .split(separators)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** Removes every space: for values that are names or numbers (第 5 号 → 第5号). */
export function withoutSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}
