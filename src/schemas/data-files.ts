import { catalogueIndexSchema, catalogueYearSchema } from './data-catalogue';
import { minutesDataSchema } from './data-minutes';
import { organisationsDataSchema } from './data-organisations';
import { topicsDataSchema } from './data-topics';

/**
 * The schema of each kind of JSON file under /data/, by the name of its published JSON Schema
 * (/data/schema/<name>.json). The JSON Schemas are generated from these, never written by hand.
 */
export const dataFileSchemas = {
  catalogue: catalogueIndexSchema,
  'catalogue-year': catalogueYearSchema,
  minutes: minutesDataSchema,
  topics: topicsDataSchema,
  organisations: organisationsDataSchema,
} as const;

export type DataFileSchemaName = keyof typeof dataFileSchemas;
