import type { Minutes } from '../schemas/minutes';

/**
 * A short description of a document for feeds and search engines: the editors' summary, or else its
 * first agenda items as printed (一、… ；二、…), so every document has one.
 */
export function minutesDescription(minutes: Minutes, options: { items: number; ordinalMark: string; separator: string }): string {
  if (minutes.summary) return minutes.summary;
  const shown = minutes.agenda.slice(0, options.items).map((item) => `${item.ordinal}${options.ordinalMark}${item.title}`);
  return shown.join(options.separator) + (minutes.agenda.length > options.items ? options.separator + '……' : '');
}
