import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The folder of the content schemas, whose parsed output Astro's data store keeps between builds. */
const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

/**
 * Astro's cache folder for one content folder and one version of the content schemas: two content
 * folders never share a data store, and entries parsed by an older schema (Astro clears its store
 * only when content.config.ts itself changes, not the schemas it imports) are never reused.
 */
export function cacheDirFor(contentDir: string): string {
  const hash = createHash('sha256').update(contentDir);
  for (const name of readdirSync(SCHEMAS_DIR).filter((file) => file.endsWith('.ts')).sort()) {
    hash.update(`\0${name}\0`).update(readFileSync(join(SCHEMAS_DIR, name)));
  }
  return `./node_modules/.astro/${hash.digest('hex').slice(0, 12)}`;
}
