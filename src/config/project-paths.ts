import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** Where one build reads its content and writes its site. */
export interface ProjectPaths {
  /** Absolute path of the content folder (minutes/, topics.yaml, site.json). */
  contentDir: string;
  /** Absolute path the built site is written to. */
  outDir: string;
}

/**
 * The one place GONGKAI_CONTENT and GONGKAI_OUT are read (both optional, relative to the working
 * directory): they let one checkout build another content folder into another output folder, which
 * the tests and the benchmark do.
 */
export function projectPaths(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): ProjectPaths {
  return { contentDir: resolve(cwd, env['GONGKAI_CONTENT'] ?? 'content'), outDir: resolve(cwd, env['GONGKAI_OUT'] ?? 'dist') };
}

/** The content folder a command works on: its `--content` flag, else the one a build would use. */
export function contentDirFor(flag: string | undefined, env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  return flag === undefined ? projectPaths(env, cwd).contentDir : resolve(cwd, flag);
}

/** Astro's cache folder for one content folder, so two content folders never share a data store. */
export function cacheDirFor(contentDir: string): string {
  return `./node_modules/.astro/${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`;
}
