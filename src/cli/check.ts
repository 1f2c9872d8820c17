/**
 * `npm run check [-- <content folder>]`: validates every minutes file and every cross-reference,
 * prints all problems at once, and exits 1 when there is any.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatContentError } from '../validation/content-error';
import { validateContent } from '../validation/validate-content';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const contentDir = resolve(positionals[0] ?? process.env['GONGKAI_CONTENT'] ?? 'content');
const { errors, counts } = validateContent(contentDir);

for (const error of errors) console.error(formatContentError(error));
const summary = `${counts.minutes} minutes files (${counts.published} published), ${counts.organisations} organisations, ${counts.topics} topics, ${counts.people} people`;
if (errors.length > 0) {
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${contentDir}: ${summary}`);
  process.exitCode = 1;
} else {
  console.log(`${contentDir}: no problems in ${summary}`);
}
