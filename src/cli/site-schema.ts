/**
 * `npx tsx src/cli/site-schema.ts`: rewrites site.schema.json (the JSON Schema editors get hover help
 * from in site.json) from src/schemas/site.ts. A unit test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { SITE_JSON_SCHEMA_FILE, siteJsonSchemaText } from '../config/site-json-schema';

writeFileSync(SITE_JSON_SCHEMA_FILE, siteJsonSchemaText());
console.log(`wrote ${SITE_JSON_SCHEMA_FILE}`);
