import type { Heading } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { AgendaItem } from '../schemas/agenda-item';
import { ordinalValue, parseAgendaHeading } from '../utils/agenda';
import type { ContentError } from './content-error';
import { lineOf, type MinutesSource } from './source';

/** An agenda heading found in the body, with its line in the file. */
interface BodyHeading {
  ordinal: string;
  title: string;
  line: number;
}

/** Level-2 headings of the body that are agenda headings (一、…), in order. */
export function agendaHeadings(source: Pick<MinutesSource, 'body' | 'bodyLine'>): BodyHeading[] {
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
 * The frontmatter agenda must list the body's agenda headings one for one: same count, same
 * ordinals, same titles, numbered 一, 二, 三… without gaps.
 */
export function agendaBodyErrors(source: MinutesSource, agenda: readonly AgendaItem[]): ContentError[] {
  const headings = agendaHeadings(source);
  const errors: ContentError[] = [];
  const at = (index: number) => lineOf(source, ['agenda', index]);
  if (headings.length !== agenda.length) {
    errors.push({
      file: source.file,
      line: lineOf(source, ['agenda']),
      field: 'agenda',
      message:
        `lists ${agenda.length} agenda items but the body has ${headings.length} agenda headings (## 一、…); ` +
        'list every heading in the frontmatter, in the same order',
    });
  }
  agenda.forEach((item, index) => {
    const expected = index + 1;
    if (ordinalValue(item.ordinal) !== expected) {
      errors.push({
        file: source.file,
        line: at(index),
        field: `agenda.${index}.ordinal`,
        message: `is ${item.ordinal} but item ${expected} of the agenda should be numbered in sequence (一, 二, 三…)`,
      });
    }
    const heading = headings[index];
    if (!heading) return;
    if (heading.ordinal !== item.ordinal || heading.title !== item.title) {
      errors.push({
        file: source.file,
        line: at(index),
        field: `agenda.${index}.title`,
        message:
          `(agenda item ${item.ordinal}) "${item.ordinal}、${item.title}" differs from the body's heading on line ${heading.line}: ` +
          `"${heading.ordinal}、${heading.title}"; make them the same`,
      });
    }
  });
  return errors;
}
