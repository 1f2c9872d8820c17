/**
 * `npm run new -- <slug> [--date 2023-04-10] [--content <folder>] [--force]`: writes a draft
 * minutes file with every field, dated today, that passes `npm run check` as it is, ready to edit.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFor } from '../config/project-paths';
import { scaffoldMinutes } from '../validation/scaffold';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    content: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

const slug = positionals[0];
if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  console.error('usage: npm run new -- <slug> [--date YYYY-MM-DD] [--content <folder>] [--force]\n  <slug> is the permanent file name: lower-case ASCII words joined by -, e.g. changwu-2023-06');
  process.exit(2);
}
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(`--date must be written YYYY-MM-DD, not "${date}"`);
  process.exit(2);
}
const contentDir = contentDirFor(values.content);
const file = join(contentDir, 'minutes', `${slug}.md`);
if (existsSync(file) && !values.force) {
  console.error(`${file} already exists; choose another name or pass --force to overwrite it`);
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, scaffoldMinutes(contentDir, date));
console.log(`wrote ${file} (status: draft); edit it, then run npm run check`);
