import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { addClass } from './hast-class';

export interface RehypeNumberedPointsOptions {
  /** Class added to each paragraph that opens with a numbered point. */
  className?: string;
}

/** A point opens with （一） or its ASCII form (一), optionally followed by a space. */
const POINT = /^\s*[（(][一二三四五六七八九十]+[）)]/u;

/**
 * Marks paragraphs that open with a numbered point （一）（二）… so the stylesheet can set
 * them as hanging paragraphs, the way official documents print them.
 */
export function rehypeNumberedPoints(options: RehypeNumberedPointsOptions = {}) {
  const className = options.className ?? 'point';
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p' || !POINT.test(toString(node))) return;
      addClass(node, className);
    });
  };
}
