import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { agendaItemId, parseAgendaHeading } from '../utils/agenda';
import { addClass } from './hast-class';

export interface RehypeAgendaAnchorsOptions {
  /** Heading element that carries agenda items. */
  tagName?: string;
  /** Class added to each agenda heading. */
  className?: string;
}

/**
 * Gives every agenda heading (一、…) an id made from its ordinal (item-1, item-2, …), so links
 * to one agenda item survive edits to its wording.
 */
export function rehypeAgendaAnchors(options: RehypeAgendaAnchorsOptions = {}) {
  const tagName = options.tagName ?? 'h2';
  const className = options.className ?? 'agenda-heading';
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== tagName) return;
      const heading = parseAgendaHeading(toString(node));
      if (!heading) return;
      node.properties['id'] = agendaItemId(heading.ordinal);
      addClass(node, className);
    });
  };
}

