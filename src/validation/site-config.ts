import { join, relative } from 'node:path';
import { editorLocaleOf, validationMessages, type EditorLocale, type ValidationLocale } from '../locales/editor';
import { indexNumberConfigSchema, type IndexNumberConfig } from '../schemas/index-number';
import { siteConfigSchema } from '../schemas/site';
import type { ContentError } from './content-error';
import { schemaErrors } from './schema-issues';
import { readYamlSource, yamlSyntaxErrors } from './source';

/** What validation needs from site.json: the language of its messages and the 索引号 form. */
export interface SiteSettings {
  locale: EditorLocale;
  messages: ValidationLocale;
  indexNumber: IndexNumberConfig;
  /** Problems of site.json itself, located by line (JSON is YAML, so the YAML reader gives lines). */
  errors: ContentError[];
}

/** The language a content folder's messages are in, from site.json `lang`, read loosely so a broken file still picks its language. */
export function contentLocale(contentDir: string): EditorLocale {
  const source = readYamlSource(join(contentDir, 'site.json'), contentDir);
  const raw: unknown = source && source.document.errors.length === 0 ? source.document.toJS() : undefined;
  return editorLocaleOf(raw && typeof raw === 'object' ? (raw as Record<string, unknown>)['lang'] : undefined);
}

/**
 * Reads `<contentDir>/site.json` for validation. `locale` overrides its `lang`; an invalid file is
 * reported field by field in that language, and the default 索引号 form is used.
 */
export function readSiteSettings(contentDir: string, cwd: string, locale?: EditorLocale): SiteSettings {
  const path = join(contentDir, 'site.json');
  const source = readYamlSource(path, cwd);
  const chosen = locale ?? contentLocale(contentDir);
  const messages = validationMessages(chosen);
  const fallback = indexNumberConfigSchema.parse({});
  if (!source) return { locale: chosen, messages, indexNumber: fallback, errors: [{ file: relative(cwd, path), field: '', message: messages.validation.missingFile() }] };
  const syntax = yamlSyntaxErrors(source, messages.validation);
  if (syntax.length > 0) return { locale: chosen, messages, indexNumber: fallback, errors: syntax };
  const { value, errors } = schemaErrors(source, siteConfigSchema, source.document.toJS(), messages);
  return { locale: chosen, messages, indexNumber: value?.indexNumber ?? fallback, errors };
}
