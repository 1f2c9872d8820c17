import { z } from 'astro/zod';

/**
 * The published JSON Schema (draft 2020-12) of a data file, generated from its zod schema so the
 * two can never disagree. `id` is where the schema is published.
 */
export function dataJsonSchema(schema: z.ZodType, id: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
  return { $schema, $id: id, ...rest };
}
