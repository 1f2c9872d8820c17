import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import mammoth from 'mammoth';
import type { SourceLine } from './source-line';

/** Elements mammoth writes for one paragraph of the document. */
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** What a .docx holds as source lines, and mammoth's own warnings (unknown styles and the like). */
export interface DocxContent {
  lines: SourceLine[];
  /** Paragraphs numbered by Word itself (a list), whose number was written back as 1. 2. …; the report asks to check them. */
  numbered: number[];
  messages: string[];
}

/**
 * Reads a Word file with mammoth: one source line per paragraph, in order, tables cell by cell.
 * Numbers that Word generates for a numbered list are not characters of the text, so each item of
 * an ordered list gets its number written in front (1. 2. …, nested lists restart) to keep it.
 */
export async function docxLines(bytes: Uint8Array): Promise<DocxContent> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const tree: Root = fromHtml(result.value, { fragment: true });
  const texts: Array<{ text: string; numbered: boolean }> = [];
  const walk = (nodes: readonly RootContent[], ordered: boolean) => {
    let number = 0;
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const element = node as Element;
      if (element.tagName === 'ol' || element.tagName === 'ul') {
        walk(element.children, element.tagName === 'ol');
      } else if (element.tagName === 'li') {
        number++;
        // A list item's own text, then its nested lists.
        const own = element.children.filter((child) => !(child.type === 'element' && (child.tagName === 'ol' || child.tagName === 'ul')));
        const text = own.map((child) => toString(child)).join('');
        texts.push({ text: ordered ? `${number}. ${text}` : text, numbered: ordered });
        walk(element.children.filter((child) => !own.includes(child)), ordered);
      } else if (PARAGRAPH_TAGS.has(element.tagName)) {
        texts.push({ text: toString(element), numbered: false });
      } else {
        walk(element.children, ordered);
      }
    }
  };
  walk(tree.children, false);
  const lines = texts.map((entry, index) => ({ text: entry.text, line: index + 1, page: 1 }));
  return {
    lines,
    numbered: texts.flatMap((entry, index) => (entry.numbered ? [index + 1] : [])),
    messages: result.messages.map((message) => message.message),
  };
}
