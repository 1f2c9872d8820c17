import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { editorLocaleOf, validationMessages, type EditorLocale, type ValidationLocale } from '../locales/editor';
import { siteConfigSchema, type SiteConfig } from '../schemas/site';
import { compareContentErrors, formatContentError, type ContentError } from '../validation/content-error';
import { schemaErrors } from '../validation/schema-issues';
import { readYamlSource } from '../validation/source';

/** The configuration file every content folder holds. */
export const SITE_CONFIG_FILE = 'site.json';

/** A site configuration as read: the validated value, or every problem found in the file. */
export type SiteConfigResult = { site: SiteConfig; errors: [] } | { site?: undefined; errors: ContentError[] };

/** Where JSON.parse stopped, as a 1-based line of `text`, when its message gives a position. */
function lineOfJsonError(text: string, message: string): number | undefined {
  const position = /position (\d+)/u.exec(message)?.[1];
  return position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
}

/** The language a content folder's messages are in, from site.json `lang`, read loosely so a broken file still picks its language. */
export function contentLocale(contentDir: string): EditorLocale {
  const source = readYamlSource(join(contentDir, SITE_CONFIG_FILE), contentDir);
  const raw: unknown = source && source.document.errors.length === 0 ? source.document.toJS() : undefined;
  return editorLocaleOf(raw && typeof raw === 'object' ? (raw as Record<string, unknown>)['lang'] : undefined);
}

/**
 * Reads and validates `<contentDir>/site.json`, returning every problem at once in the form
 * `npm run check` prints (file, line, field, what is wrong and the fix), in the site's language
 * unless `messages` gives another. Never throws.
 */
export function readSiteConfig(
  contentDir: string,
  cwd: string = process.cwd(),
  messages: ValidationLocale = validationMessages(contentLocale(contentDir)),
): SiteConfigResult {
  const path = join(contentDir, SITE_CONFIG_FILE);
  // Relative inside the working directory, as npm run check prints paths; absolute for a folder elsewhere.
  const shown = relative(cwd, path);
  const file = shown.startsWith('..') || isAbsolute(shown) ? path : shown;
  if (!existsSync(path)) {
    return { errors: [{ file, field: '', message: messages.validation.siteConfigMissing() }] };
  }
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    // JSON.parse first: the YAML reader used below for line numbers would accept more than JSON.
    data = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    return { errors: [{ file, line: lineOfJsonError(text, reason), field: '', message: messages.validation.invalidJson({ reason }) }] };
  }
  // JSON is YAML, so the YAML source gives each field's line.
  const source = readYamlSource(path, cwd);
  if (!source) throw new Error(`${path} disappeared while it was read`);
  const { errors, value } = schemaErrors({ ...source, file }, siteConfigSchema, data, messages);
  return value && errors.length === 0 ? { site: value, errors: [] } : { errors: errors.sort(compareContentErrors) };
}

/** A site configuration that cannot be used; its message lists every problem, and it carries no stack trace. */
export class SiteConfigError extends Error {
  readonly problems: readonly ContentError[];

  constructor(problems: readonly ContentError[], messages: ValidationLocale) {
    const lines = problems.map(formatContentError);
    super(`${lines.join('\n')}\n${messages.validation.siteConfigFailed({ count: problems.length, file: problems[0]?.file ?? SITE_CONFIG_FILE })}`);
    this.name = 'SiteConfigError';
    this.problems = problems;
    // An editor's mistake, not a fault in the code: Astro prints whatever stack an error carries.
    this.stack = '';
  }
}

/** Reads and validates `<contentDir>/site.json`; throws a SiteConfigError naming file, line, field and fix. */
export function loadSiteConfig(contentDir: string, cwd: string = process.cwd()): SiteConfig {
  const messages = validationMessages(contentLocale(contentDir));
  const result = readSiteConfig(contentDir, cwd, messages);
  if (result.site) return result.site;
  throw new SiteConfigError(result.errors, messages);
}
