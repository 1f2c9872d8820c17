/**
 * `npm run new -- <slug> [--date 2023-04-10] [--content <folder>] [--force]`: writes a draft
 * minutes file with every field, dated today, that passes `npm run check` as it is, ready to edit.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFor } from '../config/project-paths';
import { contentLocale } from '../config/site-config';
import { scaffoldMessages } from '../locales/editor';
import { impossibleDay } from '../validation/calendar-day';
import { scaffoldMinutes } from '../validation/scaffold';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    content: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

const contentDir = contentDirFor(values.content);
const m = scaffoldMessages(contentLocale(contentDir));
const slug = positionals[0];
if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  console.error(m.usage());
  process.exit(2);
}
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(m.badDate({ date }));
  process.exit(2);
}
if (impossibleDay(date)) {
  console.error(m.impossibleDate({ date }));
  process.exit(2);
}
const file = join(contentDir, 'minutes', `${slug}.md`);
if (existsSync(file) && !values.force) {
  console.error(m.exists({ file }));
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, scaffoldMinutes(contentDir, date, m));
console.log(m.wrote({ file }));
