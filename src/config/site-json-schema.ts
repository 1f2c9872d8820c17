import { z } from 'astro/zod';
import { siteConfigSchema } from '../schemas/site';

/** Where the JSON Schema of site.json is committed, relative to the repository root. */
export const SITE_JSON_SCHEMA_FILE = 'site.schema.json';

/**
 * The JSON Schema (draft 2020-12) of site.json as an editor writes it (defaults may be left out),
 * generated from the zod schema so editors' hover help and the build never disagree.
 */
export function siteJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(siteConfigSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}

/** The file's text: the schema, two-space indented, with a final newline. */
export function siteJsonSchemaText(): string {
  return `${JSON.stringify(siteJsonSchema(), null, 2)}\n`;
}
