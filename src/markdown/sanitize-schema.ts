import type { Options as Schema } from 'rehype-sanitize';

/**
 * The HTML that minutes may contain, reviewed for official documents: text structure, lists,
 * tables, quotations and links. Everything else is removed before a page is written. Start from
 * nothing and add an entry only with a reason: every tag or attribute listed here is markup any
 * editor can put on a public government page.
 */
export const minutesSanitizeSchema: Schema = {
  // Document structure that markdown itself produces, plus the few inline forms official text uses
  // (上标/下标 in units and footnote marks, 着重 with strong/em). No h1: the page title is the only h1.
  // No img: minutes are published as text, and an image could load from anywhere or carry text no
  // screen reader or search index sees.
  tagNames: [
    'h2', 'h3', 'h4', 'h5', 'h6',
    'p', 'br', 'hr', 'blockquote',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins', 'sup', 'sub', 'abbr', 'q', 'cite', 'span',
    'pre', 'code', 'a',
  ],
  attributes: {
    // Links keep their target and tooltip only: no target/rel games, no download, no ping.
    a: ['href', 'title'],
    ol: ['start', 'reversed'],
    // GFM tables align columns with this attribute.
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    td: ['align', 'colSpan', 'rowSpan'],
    abbr: ['title'],
    q: ['cite'],
    blockquote: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    // Fenced code keeps its language name; nothing else may set a class (no spoofing site styles).
    code: [['className', /^language-[\w-]+$/u]],
    // No global attributes at all: no style (CSS expressions, overlays), no on* handlers,
    // no id/name (clobbering the page's own anchors and globals), no data-* (Pagefind reads those).
    '*': [],
  },
  // Only web and mail links (the first colon decides, so entity- or case-disguised schemes fail
  // too); relative URLs carry no protocol and stay. javascript:, vbscript:,
  // data:, file: and every other scheme are dropped with the attribute.
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
  },
  // Table parts only inside a table, so stray <td> cannot break out of the page layout.
  ancestors: {
    thead: ['table'],
    tbody: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
    caption: ['table'],
  },
  // Elements removed with their content, because their text is code or invisible page chrome,
  // never minutes text. Other unknown elements are unwrapped and their text kept.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'textarea', 'title', 'head'],
  required: {},
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};
