import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ELDER_SEGMENT, elderCopy } from './elder-pages';

/** One share of the 长者模式 copies: which built pages to copy, and what every copy needs to know. */
export interface ElderCopyJob {
  /** The built site. */
  root: string;
  /** Page files to copy, relative to root. */
  files: readonly string[];
  /** The decoded URL path of every page of the site (a link is rewritten only to a page that has a copy). */
  pages: readonly string[];
  /** The site's base path. */
  base: string;
}

/** Writes the copy of each page of the job under /elder/. */
export function writeElderCopies({ root, files, pages, base }: ElderCopyJob): void {
  const known = new Set(pages);
  for (const file of files) {
    const target = join(root, ELDER_SEGMENT, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, elderCopy(readFileSync(join(root, file), 'utf8'), known, base));
  }
}
