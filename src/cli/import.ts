/**
 * `npm run import -- <file> [--out <path>] [--content <folder>] [--force]`: reads one 纪要 or
 * meeting report (.txt in any common Chinese encoding, .docx, .pdf, scanned .pdf), writes a draft
 * markdown file and prints the report of what it found, missed, could not place and removed.
 *
 * `npm run import -- <file-or-folder>... --out <folder> [--force]`: imports every supported file
 * (folders recursively), one markdown file each, prints one summary table and writes it as JSON to
 * <folder>/import-summary.json with each file's full report. Exit status 1 when any file failed.
 */
import { statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFor } from '../config/project-paths';
import { contentLocale } from '../config/site-config';
import { importerMessages } from '../locales/editor';
import { sourceFiles, summaryRow, summaryTable, uniqueName } from '../importer/batch';
import { failedOutcome, loadCollections, outcomeOf, readAndImport, writeImported, type FileOutcome } from '../importer/import-file';
import { UnreadableSourceError } from '../importer/read-source';
import { formatReport } from '../importer/report';
import { defaultSlug, ownSlug } from '../importer/slug';

const usage = 'usage: npm run import -- <file.txt|file.docx|file.pdf> [--out <path>] [--content <folder>] [--force]\n       npm run import -- <file-or-folder>... --out <folder> [--force]';
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
if (positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}

const contentDir = contentDirFor(values.content);
const collections = loadCollections(contentDir);
const messages = importerMessages(contentLocale(contentDir));
const { organisations } = collections;
const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};
const cwd = process.cwd();

async function importOne(input: string): Promise<number> {
  let read;
  try {
    read = await readAndImport(input, collections);
  } catch (error) {
    if (!(error instanceof UnreadableSourceError)) throw error;
    console.error(error.message);
    return 1;
  }
  const { source, imported } = read;
  const out = resolve(values.out ?? join(contentDir, 'minutes', `${defaultSlug(imported, organisations, input)}.md`));
  const refused = writeImported(imported, out, values.force);
  if (refused) {
    console.error(messages.exists({ out: relative(cwd, out) }));
    return 1;
  }
  const pages = new Set(source.lines.map((line) => line.page)).size;
  const described = [messages.sourceKind({ kind: source.format }), source.encoding, messages.pages({ count: pages }), messages.lines({ count: source.lines.length })].filter(Boolean).join(messages.separator());
  console.log(messages.read({ input, described }));
  console.log(`${messages.wrote({ out: relative(cwd, out) })}\n`);
  console.log(formatReport(imported.findings, messages));
  console.log(messages.next());
  return 0;
}

async function importMany(inputs: readonly string[], outDir: string): Promise<number> {
  const taken = new Set<string>();
  const outcomes: FileOutcome[] = [];
  for (const file of sourceFiles(inputs)) {
    const fallback = join(outDir, `${uniqueName(ownSlug(file) ?? 'imported-minutes', file, new Set(taken))}.md`);
    try {
      const { source, imported } = await readAndImport(file, collections);
      const out = join(outDir, `${uniqueName(defaultSlug(imported, organisations, file), file, taken)}.md`);
      const outcome = outcomeOf(file, out, source, imported, messages);
      const refused = writeImported(imported, out, values.force);
      outcomes.push(refused ? { ...outcome, error: messages.existsInBatch({ out: relative(cwd, out) }) } : outcome);
    } catch (error) {
      outcomes.push(failedOutcome(file, fallback, error));
    }
  }
  console.log(summaryTable(outcomes, cwd, messages));
  mkdirSync(outDir, { recursive: true });
  const json = join(outDir, 'import-summary.json');
  const files = outcomes.map((outcome) => ({ ...summaryRow(outcome, cwd), fieldsFound: outcome.found, fieldsMissing: outcome.missing, ...(outcome.error ? { error: outcome.error } : {}), ...(outcome.report ? { report: outcome.report } : {}) }));
  writeFileSync(json, `${JSON.stringify({ files }, null, 2)}\n`);
  console.log(`\n${messages.summaryWritten({ json: relative(cwd, json) })}`);
  return outcomes.some((outcome) => outcome.error) ? 1 : 0;
}

const batch = positionals.length > 1 || positionals.some(isFolder);
if (batch && !values.out) {
  console.error(`importing several files needs --out <folder> for the drafts\n${usage}`);
  process.exit(2);
}
process.exitCode = batch ? await importMany(positionals, resolve(values.out as string)) : await importOne(positionals[0] as string);
