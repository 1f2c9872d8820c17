import { load } from 'cheerio';

/** Elements that can run script, load another document or resource, submit data or re-target the page. */
const DANGEROUS_ELEMENTS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'select', 'textarea', 'base', 'meta', 'link', 'svg', 'math', 'img', 'video', 'audio', 'source', 'template',
  'noscript', 'details', 'marquee', 'isindex', 'body', 'html', 'head', 'title',
];

/** Attributes whose value is a URL a browser may navigate to, load or submit to. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href', 'background', 'poster', 'cite'];

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Everything in an HTML fragment that could run script or pull in foreign content, as messages;
 * empty when the fragment is safe. Independent of the sanitiser's schema on purpose, so a
 * loosened schema cannot loosen the test.
 */
export function unsafeMarkup(html: string): string[] {
  const $ = load(html, null, false);
  const problems: string[] = [];
  $('*').each((_, element) => {
    if (element.type !== 'tag' && element.type !== 'script' && element.type !== 'style') return;
    const name = element.name.toLowerCase();
    if (DANGEROUS_ELEMENTS.includes(name)) problems.push(`<${name}> element`);
    for (const [attribute, value] of Object.entries(element.attribs)) {
      const key = attribute.toLowerCase();
      if (key.startsWith('on')) problems.push(`<${name} ${key}> event handler`);
      if (key === 'style') problems.push(`<${name} style="${value}">`);
      if (URL_ATTRIBUTES.includes(key)) {
        // Browsers ignore ASCII whitespace and control characters inside a scheme.
        const scheme = /^([^:/?#]*):/u.exec(value.replace(/[\u0000-\u0020]/gu, ''))?.[1]?.toLowerCase();
        if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) problems.push(`<${name} ${key}="${value}"> ${scheme}: URL`);
      }
    }
  });
  return problems;
}
