import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { disclosureSchema } from '../schemas/disclosure';
import { filesBelow } from '../utils/files';
import { isPublic } from '../utils/publication';
import { minutesFiles } from '../validation/source';
import {
  countMismatches,
  countPublication,
  formatPublicationCount,
  minutesIdFromUrl,
  minutesPageIds,
  type OutputTally,
} from '../utils/publication-counts';
import { decodePagefindFile, searchRecordUrls } from '../utils/pagefind-fragments';

/** Reads one output of a finished build: which minutes it carries. */
export interface OutputCounter {
  /** Name printed in the build log, e.g. feed. */
  output: string;
  /** Tallies the output from the built site folder; `base` is the site's base path. */
  tally(siteDir: string, base: string): OutputTally;
}

export interface PublicationCountOptions {
  /** Content folder whose minutes/ holds the source files. */
  contentDir: string;
  /** Folder of the Pagefind index inside the site (as given to the index integration). */
  searchBundleDir: string;
  /** Outputs besides pages and search (feeds, catalogs) to hold to the same count. */
  counters?: OutputCounter[];
}

/** Minutes pages in the output folder. */
export const pagesCounter: OutputCounter = {
  output: 'pages',
  tally: (siteDir) => ({ output: 'pages', documentIds: minutesPageIds(filesBelow(siteDir)) }),
};

/** Records in the Pagefind index the build wrote into `bundleDir`, read back from its fragment files. */
export function searchCounter(bundleDir: string): OutputCounter {
  return {
    output: 'search',
    tally: (siteDir, base) => {
      const bundle = join(siteDir, bundleDir);
      const fragments = filesBelow(bundle).filter((file) => file.endsWith('.pf_fragment'));
      const urls = fragments.flatMap((file) => searchRecordUrls(JSON.parse(decodePagefindFile(readFileSync(join(bundle, file))))));
      const documentIds = urls.flatMap((url) => minutesIdFromUrl(url, base) ?? []);
      return { output: 'search', documentIds, entries: urls.length };
    },
  };
}

/** Minutes source files that may be published, and their agenda items (frontmatter read the same way Astro reads it). */
export function countPublicSources(contentDir: string): { documents: number; agendaItems: number } {
  const frontmatters = minutesFiles(contentDir)
    .map((file) => parseFrontmatter(readFileSync(file, 'utf8')).frontmatter as { disclosure?: unknown; agenda?: unknown })
    .filter((frontmatter) => {
      const disclosure = disclosureSchema.safeParse(frontmatter.disclosure);
      return disclosure.success && isPublic(disclosure.data);
    });
  return {
    documents: frontmatters.length,
    agendaItems: frontmatters.reduce((sum, frontmatter) => sum + (Array.isArray(frontmatter.agenda) ? frontmatter.agenda.length : 0), 0),
  };
}

/**
 * After the build (and after the search index is written), counts the public minutes in every
 * output, prints the counts and fails the build when any output lost or gained a document.
 * Reads only what the build produced, so it checks whichever way pages and index were made.
 */
export function publicationCount(options: PublicationCountOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'gongkai:publication-count',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const counters = [pagesCounter, searchCounter(options.searchBundleDir), ...(options.counters ?? [])];
        const sources = countPublicSources(options.contentDir);
        const tallies = counters.map((counter) => counter.tally(siteDir, base));
        const count = countPublication(
          sources.documents,
          tallies,
          tallies.some((tally) => tally.agendaItems !== undefined) ? sources.agendaItems : undefined,
        );
        logger.info(formatPublicationCount(count));
        const mismatches = countMismatches(count);
        if (mismatches.length > 0) {
          throw new Error(`Published outputs do not match the public minutes:\n${mismatches.map((line) => `  - ${line}`).join('\n')}`);
        }
      },
    },
  };
}
