import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteConfigSchema, type SiteConfig } from '../schemas/site';

/** Where one build reads its content and writes its site; set through the environment so tests can build fixtures. */
export interface Project {
  /** Absolute path of the content folder (minutes/, topics.yaml, site.json). */
  contentDir: string;
  /** Absolute path the built site is written to. */
  outDir: string;
  /** The validated site configuration from site.json. */
  site: SiteConfig;
}

/** Reads GONGKAI_CONTENT and GONGKAI_OUT (both optional) relative to the working directory. */
export function resolveProject(env: Record<string, string | undefined>, cwd: string = process.cwd()): Project {
  const contentDir = resolve(cwd, env['GONGKAI_CONTENT'] ?? 'content');
  const outDir = resolve(cwd, env['GONGKAI_OUT'] ?? 'dist');
  return { contentDir, outDir, site: loadSiteConfig(contentDir) };
}

/** Loads and validates `<contentDir>/site.json`, naming the file in any error. */
export function loadSiteConfig(contentDir: string): SiteConfig {
  const file = resolve(contentDir, 'site.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the site configuration: ${(error as Error).message}`);
  }
  const parsed = siteConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${file}: invalid site configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Astro's cache folder for one content folder, so two content folders never share a data store. */
export function cacheDirFor(contentDir: string): string {
  return `./node_modules/.astro/${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`;
}
