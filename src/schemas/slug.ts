import { z } from 'astro/zod';
import { schemaRules } from './messages';

/** A stable URL slug: lower-case ASCII words joined by -, e.g. work-safety. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaRules.slug);
