/**
 * `npm run check [-- <content folder>] [--strict] [--previous <dist>]`: validates every
 * minutes file and every cross-reference and prints all problems at once, then the warnings
 * (what the disclosure rules ask but the build can do without). Exits 1 when there is a problem,
 * or with --strict a warning.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatContentError, formatContentWarning } from '../validation/content-error';
import { validateContent } from '../validation/validate-content';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { strict: { type: 'boolean', default: false }, previous: { type: 'string' } },
});
const contentDir = resolve(positionals[0] ?? process.env['GONGKAI_CONTENT'] ?? 'content');
const { errors, warnings, counts } = validateContent(contentDir, { previousCatalogue: values.previous && resolve(values.previous) });

for (const error of errors) console.error(formatContentError(error));
for (const warning of warnings) console.error(formatContentWarning(warning));
const summary = `${counts.minutes} minutes files (${counts.published} published), ${counts.organisations} organisations, ${counts.topics} topics, ${counts.people} people`;
const warningNote =
  warnings.length === 0 ? '' : values.strict ? `；${warnings.length} 条警告（--strict：按问题计）` : `；${warnings.length} 条警告（不影响构建，--strict 时按问题计）`;
if (errors.length > 0 || (values.strict && warnings.length > 0)) {
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${contentDir}: ${summary}${warningNote}`);
  process.exitCode = 1;
} else {
  console.log(`${contentDir}: no problems in ${summary}${warningNote}`);
}
