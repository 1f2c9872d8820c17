import type { Element } from 'hast';

/** Adds a class to a hast element, keeping the classes it already has (hast keeps className as an array). */
export function addClass(node: Element, className: string): void {
  const existing = node.properties['className'];
  const classes = Array.isArray(existing) ? existing.map(String) : [];
  if (!classes.includes(className)) classes.push(className);
  node.properties['className'] = classes;
}
