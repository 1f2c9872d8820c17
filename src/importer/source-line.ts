/** One line of the source as read: a line of the text file, or a line of text the PDF draws. */
export interface SourceLine {
  /** The text as read, untrimmed. */
  text: string;
  /** 1-based line number in the source text (for a PDF: in the text extracted from it, pages in order). */
  line: number;
  /** 1-based page; text files have page breaks only where they hold a form feed. */
  page: number;
  /** PDF only: the line starts right of the text's left edge (indented, centred or right-aligned), so it begins a paragraph. */
  startsBlock?: boolean;
  /** PDF only: the line runs to the text's right edge, so its paragraph may go on in the next line. */
  reachesEnd?: boolean;
  /** Read by OCR from a scan: an editor checks every such line against the image. */
  ocr?: boolean;
}

/** Something the importer removed on purpose, reported so an editor can check it. */
export interface Removal {
  kind: 'page number' | 'repeated header or footer' | 'joined line break' | 'spaces between Chinese characters' | 'web page furniture' | 'pinyin glosses of a garbled copy';
  /** Source line it was on (the first of the two lines for a joined break). */
  line: number;
  page: number;
  /** What was removed, or for a joined break the text either side of it (…安⏎全隐…). */
  text: string;
}

/** A paragraph of the source after layout clean-up: one unit of text, with the lines it came from. */
export interface Paragraph {
  /** The text as printed, lines joined, ends trimmed. */
  text: string;
  /** Source line numbers it was made from. */
  lines: number[];
  page: number;
}

/** Splits a text file into source lines; a form feed starts a new page. */
export function textLines(text: string): SourceLine[] {
  let page = 1;
  return text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((raw, index) => {
      const pages = raw.split('\f');
      page += pages.length - 1;
      return { text: pages.join(''), line: index + 1, page };
    });
}
