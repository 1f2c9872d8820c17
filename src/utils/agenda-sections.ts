import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** The rendered body cut at its agenda headings: the text before the first item, then each item. */
export interface AgendaSections {
  /** HTML before the first agenda heading (the opening paragraph, 会议议定以下意见：). */
  intro: string;
  /** One entry per agenda heading, in order: its id, the heading's HTML and the HTML up to the next heading. */
  items: Array<{ id: string; heading: string; content: string }>;
}

const isAgendaHeading = (node: RootContent): node is Element =>
  node.type === 'element' && typeof node.properties['id'] === 'string' && /^item-[a-z0-9-]+$/.test(node.properties['id']);

/** The rendered body as hast nodes, cut at its agenda headings. */
export interface AgendaNodeSections {
  /** Nodes before the first agenda heading. */
  intro: RootContent[];
  /** One entry per agenda heading, in order, with the nodes up to the next heading. */
  items: Array<{ id: string; heading: Element; content: ElementContent[] }>;
}

/** A rendered body: its HTML, or its HTML already parsed, when one page reads the same body several ways. */
export type RenderedBody = string | Root;

/** The parsed tree of a rendered body (parsed here when given as HTML). */
export function bodyTree(body: RenderedBody): Root {
  return typeof body === 'string' ? fromHtml(body, { fragment: true }) : body;
}

/**
 * Cuts rendered minutes HTML at its agenda headings (the ids rehype-agenda-anchors gives). The
 * minutes page and the search records both read the body through this one cut. Parsing with hast
 * keeps every element whole.
 */
export function agendaNodeSections(body: RenderedBody): AgendaNodeSections {
  const tree = bodyTree(body);
  const intro: RootContent[] = [];
  const items: AgendaNodeSections['items'] = [];
  for (const node of tree.children) {
    if (isAgendaHeading(node)) items.push({ id: String(node.properties['id']), heading: node, content: [] });
    else if (items.length === 0) intro.push(node);
    else if (node.type !== 'doctype') items.at(-1)!.content.push(node as ElementContent);
  }
  return { intro, items };
}

/** The cut as HTML, so the page can show each item's facts right under its heading. */
export function splitAgendaSections(body: RenderedBody): AgendaSections {
  const { intro, items } = agendaNodeSections(body);
  return {
    intro: toHtml(intro),
    items: items.map(({ id, heading, content }) => ({ id, heading: toHtml(heading), content: toHtml(content) })),
  };
}
