/**
 * `npm run import -- <file.txt|file.pdf> [--out <path>] [--content <folder>] [--force]`: reads the
 * minutes as published, writes a draft markdown file in the content model and prints a report
 * of what it found, missed, could not place and removed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { organisationSchema } from '../schemas/organisation';
import { topicSchema } from '../schemas/topic';
import { importMinutes } from '../importer/import-minutes';
import { readSource, UnreadableSourceError } from '../importer/read-source';
import { minutesMarkdown } from '../importer/render';
import { formatReport } from '../importer/report';
import { defaultSlug } from '../importer/slug';
import { OrganisationIndex } from '../utils/organisations';
import { validEntries } from '../validation/scaffold';

const usage = 'usage: npm run import -- <file.txt|file.pdf> [--out <path>] [--content <folder>] [--force]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, content: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const input = positionals[0];
if (!input || positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}

const contentDir = resolve(values.content ?? process.env['GONGKAI_CONTENT'] ?? 'content');
const organisations = new OrganisationIndex(validEntries(contentDir, 'organisations.yaml', (entry) => organisationSchema.safeParse(entry).data));
const topics = validEntries(contentDir, 'topics.yaml', (entry) => topicSchema.safeParse(entry).data);

let source;
try {
  source = await readSource(input);
} catch (error) {
  if (!(error instanceof UnreadableSourceError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const imported = importMinutes(source.lines, { organisations, topics });
const out = resolve(values.out ?? join(contentDir, 'minutes', `${defaultSlug(imported, organisations, input)}.md`));
if (existsSync(out) && !values.force) {
  console.error(`${relative(process.cwd(), out)} already exists; pass --out <path> to write elsewhere or --force to overwrite it`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, minutesMarkdown(imported));
const pages = new Set(source.lines.map((line) => line.page)).size;
console.log(`Read ${input} (${source.format === 'pdf' ? 'PDF' : 'text'}, ${pages} page${pages === 1 ? '' : 's'}, ${source.lines.length} lines)`);
console.log(`Wrote ${relative(process.cwd(), out)} (disclosure.status: draft)\n`);
console.log(formatReport(imported.findings));
console.log('Next: review the file against the source, then run npm run check.');
