/**
 * The minutes collection's loader with the search records written as soon as the content is
 * synced: the index then starts before the pages render and runs beside them (src/integrations/
 * pagefind-index.ts), instead of after them. The records come from the same parsed frontmatter
 * and rendered bodies the pages are made from.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { topicSchema } from '../schemas/topic';
import type { Minutes } from '../schemas/minutes';
import { siteSearchRecords, type LoadedMinutes, type SiteRecordsContext } from '../search/site-records';

export interface RecordsLoaderOptions {
  /** The file the records are written to; null writes none (the dev server indexes nothing). */
  recordsFile: string | null;
  /** The content folder, whose topics.yaml names the topics. */
  contentDir: string;
  /** Everything else a record needs. */
  context: Omit<SiteRecordsContext, 'topicNames'>;
}

/** Topic names by id, from topics.yaml (already validated by the build's content check). */
function topicNames(contentDir: string): Map<string, string> {
  const topics = z.array(topicSchema).parse(parse(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) ?? []);
  return new Map(topics.map((topic) => [topic.id, topic.name]));
}

/** `loader`, followed by writing the search records of every entry it left in the store. */
export function withSearchRecords(loader: Loader, { recordsFile, contentDir, context }: RecordsLoaderOptions): Loader {
  return {
    ...loader,
    load: async (loaderContext) => {
      await loader.load(loaderContext);
      if (recordsFile === null) return;
      const entries = [...loaderContext.store.values()].map((entry): LoadedMinutes => ({ id: entry.id, data: entry.data as Minutes, rendered: entry.rendered }));
      const records = siteSearchRecords(entries, { ...context, topicNames: topicNames(contentDir) });
      await mkdir(dirname(recordsFile), { recursive: true });
      await writeFile(recordsFile, JSON.stringify(records));
    },
  };
}
