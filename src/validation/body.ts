import type { Heading } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { ValidationLocale } from '../locales/editor';
import type { AgendaItem } from '../schemas/agenda-item';
import type { SiteConfig } from '../schemas/site';
import { isChineseOrdinal, ordinalValue, parseAgendaHeading } from '../utils/agenda';
import type { ContentError } from './content-error';
import { lineOf, type MinutesSource } from './source';

/** An agenda heading found in the body, with its line in the file. */
interface BodyHeading {
  ordinal: string;
  title: string;
  line: number;
}

/** Level-2 headings of the body that are agenda headings (一、…), in order, from a full markdown parse. */
export function parsedAgendaHeadings(source: Pick<MinutesSource, 'body' | 'bodyLine'>): BodyHeading[] {
  const tree = fromMarkdown(source.body);
  return tree.children
    .filter((node): node is Heading => node.type === 'heading' && node.depth === 2)
    .flatMap((node) => {
      const heading = parseAgendaHeading(toString(node));
      const line = (node.position?.start.line ?? 1) + source.bodyLine - 1;
      return heading ? [{ ...heading, line }] : [];
    });
}

/**
 * Lines after which "a line starting with ## is a level-2 heading at the top level, and no other
 * line is" may be false: fences and HTML blocks (which can hold such lines), block quotes, setext
 * underlines (which make the line above a heading) and headings indented by one to three spaces.
 */
const BLOCK_HAZARD = /^(?: {0,3}(?:`{3}|~{3}|<|>|=+[ \t]*$|-+[ \t]*$)| {1,3}#)/mu;

/** A level-2 ATX heading that starts its line. */
const LEVEL_2_LINE = /^##(?:[ \t]|$)/u;

/** Line endings as markdown counts them. */
const LINE_ENDING = /\r\n|\r|\n/u;

/**
 * parsedAgendaHeadings without parsing the whole body, for bodies with none of the block
 * constructs that make the difference: only the heading lines themselves go through the markdown
 * parser (for their inline text). Undefined when the body needs the full parse. Minutes bodies
 * are paragraphs and headings, so a large archive is checked several times faster.
 */
export function quickAgendaHeadings(source: Pick<MinutesSource, 'body' | 'bodyLine'>): BodyHeading[] | undefined {
  if (BLOCK_HAZARD.test(source.body)) return undefined;
  const found = source.body.split(LINE_ENDING).flatMap((text, index) => (LEVEL_2_LINE.test(text) ? [{ text, line: index + source.bodyLine }] : []));
  // A reference link needs the definitions elsewhere in the body.
  if (found.some(({ text }) => text.includes('['))) return undefined;
  // The heading lines alone, a blank line apart: each is one heading of this small document.
  const headings = fromMarkdown(found.map(({ text }) => text).join('\n\n')).children;
  return found.flatMap(({ line }, index) => {
    const node = headings[index];
    const heading = node?.type === 'heading' ? parseAgendaHeading(toString(node)) : undefined;
    return heading ? [{ ...heading, line }] : [];
  });
}

/** Level-2 headings of the body that are agenda headings (一、…), in order. */
export function agendaHeadings(source: Pick<MinutesSource, 'body' | 'bodyLine'>): BodyHeading[] {
  return quickAgendaHeadings(source) ?? parsedAgendaHeadings(source);
}

/**
 * The frontmatter agenda must list the body's agenda headings one for one: same count, same
 * ordinals, same titles. A Chinese site numbers them 一, 二, 三… without gaps; an English site keeps
 * the ordinals as printed (1, A, IV, 38…), which need only differ from each other.
 */
export function agendaBodyErrors(source: MinutesSource, agenda: readonly AgendaItem[], { references: m }: ValidationLocale, report = false, lang: SiteConfig['lang'] = 'zh-CN'): ContentError[] {
  const headings = agendaHeadings(source);
  const errors: ContentError[] = [];
  const at = (index: number) => lineOf(source, ['agenda', index]);
  if (report) {
    // A meeting report's items are sentences of its text, listed only in the frontmatter; the page shows the text as printed.
    errors.push(
      ...headings.map((heading) => ({ file: source.file, line: heading.line, field: 'documentKind', message: m.reportHeading({ ordinal: heading.ordinal, title: heading.title }) })),
    );
  } else if (headings.length !== agenda.length) {
    errors.push({ file: source.file, line: lineOf(source, ['agenda']), field: 'agenda', message: m.agendaCount({ listed: agenda.length, headings: headings.length }) });
  }
  const mark = lang === 'zh-CN' ? '、' : '. ';
  const seen = new Set<string>();
  agenda.forEach((item, index) => {
    const expected = index + 1;
    if (lang !== 'zh-CN' && seen.has(item.ordinal)) {
      errors.push({ file: source.file, line: at(index), field: `agenda.${index}.ordinal`, message: m.agendaOrdinalRepeated({ ordinal: item.ordinal }) });
    }
    seen.add(item.ordinal);
    // A non-Chinese ordinal on a Chinese site is reported by the locale rules (./locale-rules.ts).
    if (lang === 'zh-CN' && isChineseOrdinal(item.ordinal) && ordinalValue(item.ordinal) !== expected) {
      errors.push({ file: source.file, line: at(index), field: `agenda.${index}.ordinal`, message: m.agendaOrdinal({ ordinal: item.ordinal, position: expected }) });
    }
    const heading = headings[index];
    // The locale rule's message (use 一、二、三…) says what to fix; comparing that ordinal too would only repeat it.
    if (!heading || report || (lang === 'zh-CN' && !isChineseOrdinal(item.ordinal))) return;
    if (heading.ordinal !== item.ordinal || heading.title !== item.title) {
      errors.push({
        file: source.file,
        line: at(index),
        field: `agenda.${index}.title`,
        message: m.agendaTitle({ written: `${item.ordinal}${mark}${item.title}`, heading: `${heading.ordinal}${mark}${heading.title}`, line: heading.line }),
      });
    }
  });
  return errors;
}
