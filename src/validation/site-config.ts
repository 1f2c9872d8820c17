import { contentLocale, readSiteConfig } from '../config/site-config';
import { editorLocaleOf, validationMessages, type EditorLocale, type ValidationLocale } from '../locales/editor';
import { indexNumberConfigSchema, type IndexNumberConfig } from '../schemas/index-number';
import type { SiteConfig } from '../schemas/site';
import type { ContentError } from './content-error';

/** What validation needs from site.json: the language of its messages and the 索引号 form. */
export interface SiteSettings {
  locale: EditorLocale;
  messages: ValidationLocale;
  indexNumber: IndexNumberConfig;
  /** The site's language, which decides the rules beyond the schema (Chinese when site.json cannot be read). */
  lang: SiteConfig['lang'];
  /** Problems of site.json itself, located by line. */
  errors: ContentError[];
}

/**
 * The site settings validation works with: from `site` when the caller has already read and
 * validated site.json (the build has), otherwise read from `<contentDir>/site.json`, whose problems
 * are reported field by field and the default 索引号 form used. `locale` overrides the site's `lang`.
 */
export function readSiteSettings(contentDir: string, cwd: string, locale?: EditorLocale, site?: SiteConfig): SiteSettings {
  const chosen = locale ?? (site ? editorLocaleOf(site.lang) : contentLocale(contentDir));
  const messages = validationMessages(chosen);
  if (site) return { locale: chosen, messages, indexNumber: site.indexNumber, lang: site.lang, errors: [] };
  const result = readSiteConfig(contentDir, cwd, messages);
  return { locale: chosen, messages, indexNumber: result.site?.indexNumber ?? indexNumberConfigSchema.parse({}), lang: result.site?.lang ?? 'zh-CN', errors: result.errors };
}
