import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ELDER_SEGMENT, elderCopy } from './elder-pages';

/**
 * What the last build copied: under one key (the base path, every page's address and the copying
 * code, which every copy depends on), each page file's hash and its copy's.
 */
export interface ElderCopyRecord {
  key: string;
  copies: Record<string, { page: string; copy: string }>;
}

/** What one share copied: its part of the next record, and how many copies it took from the last build. */
export interface ElderCopyShare {
  copies: ElderCopyRecord['copies'];
  reused: number;
}

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
  /** What every copy depends on besides its page (see elderCopyKey). */
  key: string;
  /** The site the last build wrote, with its copies, and the record of them; absent in a first build. */
  previous?: { site: string; record: ElderCopyRecord } | undefined;
  /** Where this share writes its part of the next record. */
  recordOut: string;
}

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('base64url');

/** The key of a build's copies: its base path, its pages and the source of the code that copies them. */
export function elderCopyKey(base: string, pages: readonly string[], code: string): string {
  return sha([base, code, ...[...pages].sort()].join('\0'));
}

/** The last build's copy of a page (its path and hash), when it was made from the same page under the same key and is still there unchanged. */
function previousCopy(job: ElderCopyJob, file: string, pageHash: string): { path: string; copy: string } | undefined {
  const previous = job.previous;
  const recorded = previous?.record.key === job.key ? previous.record.copies[file] : undefined;
  if (!previous || recorded?.page !== pageHash) return undefined;
  const path = join(previous.site, ELDER_SEGMENT, file);
  return existsSync(path) && sha(readFileSync(path)) === recorded.copy ? { path, copy: recorded.copy } : undefined;
}

/**
 * Writes the copy of each page of the job under /elder/. A page the last build copied unchanged
 * gets that copy again, linked from the last site (copied when it is on another file system)
 * instead of made anew; a rebuild after one edit so rewrites only the pages that changed.
 */
export function writeElderCopies(job: ElderCopyJob): void {
  const { root, files, pages, base } = job;
  const known = new Set(pages);
  const copies: ElderCopyRecord['copies'] = {};
  let reused = 0;
  for (const file of files) {
    const target = join(root, ELDER_SEGMENT, file);
    mkdirSync(dirname(target), { recursive: true });
    const html = readFileSync(join(root, file), 'utf8');
    const page = sha(html);
    const lastCopy = previousCopy(job, file, page);
    if (lastCopy) {
      try {
        linkSync(lastCopy.path, target);
      } catch {
        copyFileSync(lastCopy.path, target);
      }
      copies[file] = { page, copy: lastCopy.copy };
      reused += 1;
    } else {
      const copy = elderCopy(html, known, base);
      writeFileSync(target, copy);
      copies[file] = { page, copy: sha(copy) };
    }
  }
  writeFileSync(job.recordOut, JSON.stringify({ copies, reused } satisfies ElderCopyShare));
}
