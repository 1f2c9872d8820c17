/** A removal as the import report lists it. */
export interface ListedRemoval {
  kind: string;
  line: number;
  text: string;
}

/** Kinds whose text is simply gone from its source line (the others join or respace lines, which keeps every content character). */
const CUTS = new Set(['page number', 'repeated header or footer', 'web page furniture', 'pinyin glosses of a garbled copy']);

/**
 * The source text without what the report lists as removed: each listed text cut out of its line
 * (a whole line, a byline at its end, a prefix, each pinyin gloss such as (qū)). A listed text not
 * on its line fails, so the report cannot claim a removal that did not happen.
 */
export function withoutListedRemovals(source: string, removals: readonly ListedRemoval[]): string {
  const lines = source.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  for (const removal of removals.filter((entry) => CUTS.has(entry.kind))) {
    const pieces = removal.kind === 'pinyin glosses of a garbled copy' ? (removal.text.match(/[(（][^)）]*[)）]/gu) ?? []) : [removal.text];
    for (const piece of pieces) {
      const line = lines[removal.line - 1] ?? '';
      const at = line.indexOf(piece);
      if (at < 0) throw new Error(`line ${removal.line} does not hold the removed text "${piece}"`);
      lines[removal.line - 1] = line.slice(0, at) + line.slice(at + piece.length);
    }
  }
  return lines.join('\n');
}
