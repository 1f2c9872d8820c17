import type { unified } from '@astrojs/markdown-remark';
import { rehypeAgendaAnchors } from './rehype-agenda-anchors';
import { rehypeNumberedPoints } from './rehype-numbered-points';
import { rehypeSafeHtml } from './rehype-safe-html';

type UnifiedOptions = NonNullable<Parameters<typeof unified>[0]>;

/**
 * The markdown processor's options, shared by astro.config.mjs and the tests so both render
 * minutes through exactly the same pipeline.
 */
export const minutesMarkdownOptions = {
  // Official text is published as written: no curly-quote or dash rewriting.
  smartypants: false,
  // Sanitising comes first, so the trusted ids and classes added after it are never stripped.
  rehypePlugins: [rehypeSafeHtml, rehypeAgendaAnchors, rehypeNumberedPoints],
} satisfies UnifiedOptions;

/**
 * Astro markdown settings outside the processor. Syntax highlighting is off: minutes carry no
 * code, and highlighters write inline style attributes that the Content Security Policy forbids.
 */
export const minutesMarkdownSettings = { syntaxHighlight: false } as const;
