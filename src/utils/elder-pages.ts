/**
 * 长者模式 without JavaScript, across pages: a copy of every page under /elder/, whose links lead to
 * the other copies, with the mode switched on in its markup.
 *
 * Why a copy: a reader without JavaScript keeps a choice from page to page only if the choice is in
 * the address of every page they reach, and on a static host (no cookie, no server code) the path
 * is the only part of the address a plain link carries. An alternate stylesheet (<link rel="alternate
 * stylesheet">) is offered by Firefox alone, is not kept from page to page even there, and cannot be
 * reached from the keyboard in Chromium; a query (?elder) is lost at the first link, since links
 * are fixed in the page. Many government sites offer a separate 长者版 for the same reason.
 *
 * Why from the built pages: rendering every page twice would double the build's longest phase; this
 * rewrites the finished HTML instead (one pass of a streaming tokenizer per page, attributes only:
 * the text is never touched).
 */
import { Parser } from 'htmlparser2';
import { sitePath } from './paths';

/** The folder of the copy, and its segment in every address. */
export const ELDER_SEGMENT = 'elder';

/** Marks a link the copy keeps as it is (the switch's way back to the ordinary page). */
export const ELDER_KEEP_ATTRIBUTE = 'data-elder-keep';

/** Marks the <html> of a copy, for the stylesheet and public/scripts/elder-mode.js. */
export const ELDER_ROUTE_ATTRIBUTE = 'data-elder-route';

/** The URL path of a built page file (relative to the output folder), e.g. minutes/index.html → /minutes/; undefined for other files. */
export function pageUrlOf(file: string, base: string): string | undefined {
  if (file !== 'index.html' && !file.endsWith('/index.html')) return undefined;
  return sitePath(base, ...file.split('/').slice(0, -1));
}

/** The address of a page's copy: the segment right after the base path, e.g. /jiyao/minutes/ → /jiyao/elder/minutes/. */
export function elderUrl(path: string, base: string): string {
  const prefix = sitePath(base);
  return `${prefix}${ELDER_SEGMENT}/${path.startsWith(prefix) ? path.slice(prefix.length) : path.replace(/^\//u, '')}`;
}

/** Whether a URL path is inside the copy. */
export function isElderUrl(path: string, base: string): boolean {
  return path.startsWith(`${sitePath(base)}${ELDER_SEGMENT}/`);
}

/** A URL path with every escape decoded, so an encoded and a plain link to one page compare equal. */
export function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** The copy's address for a link to one of `pages` (decoded URL paths), or undefined for anything else. */
function elderTarget(raw: string, pages: ReadonlySet<string>, base: string): string | undefined {
  const value = raw.replaceAll('&amp;', '&');
  const path = value.split(/[?#]/u, 1)[0] ?? '';
  const decoded = decodedPath(path);
  if (decoded === undefined || !pages.has(decoded)) return undefined;
  return raw.replace(path, elderUrl(path, base));
}

/**
 * The copy of one built page: <html> gets the class elder and the route marker, and every link (a,
 * area, form action) to one of `pages` leads to that page's copy. Links to files (data, feeds,
 * downloads), <link> elements (canonical address, feeds, styles) and links marked with
 * ELDER_KEEP_ATTRIBUTE stay as they are.
 */
export function elderCopy(html: string, pages: ReadonlySet<string>, base: string): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const start = parser.startIndex;
      const end = parser.endIndex + 1;
      const tag = html.slice(start, end);
      let text = tag;
      if (name === 'html') {
        text = /\sclass="/u.test(tag) ? tag.replace(/(\sclass=")/u, '$1elder ') : tag.replace(/^<html/iu, '<html class="elder"');
        text = text.replace(/^<html/iu, `<html ${ELDER_ROUTE_ATTRIBUTE}`);
      } else if ((name === 'a' || name === 'area' || name === 'form') && !(ELDER_KEEP_ATTRIBUTE in attributes)) {
        // Attribute values are double-quoted with any " escaped, so this finds attributes and nothing inside a value.
        text = tag.replace(/(\s(?:href|action)=")([^"]*)"/gu, (whole, before: string, value: string) => {
          const target = elderTarget(value, pages, base);
          return target === undefined ? whole : `${before}${target}"`;
        });
      }
      if (text !== tag) edits.push({ start, end, text });
    },
  });
  parser.end(html);
  let copy = '';
  let at = 0;
  for (const { start, end, text } of edits) {
    copy += html.slice(at, start) + text;
    at = end;
  }
  return copy + html.slice(at);
}
