/**
 * `npm run check [-- <content folder> | --content <folder>] [--strict] [--previous <dist>]`: validates every
 * minutes file and every cross-reference and prints all problems at once, then the warnings
 * (what the disclosure rules ask but the build can do without). Exits 1 when there is a problem,
 * or with --strict a warning.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFor } from '../config/project-paths';
import { validationMessages } from '../locales/editor';
import { formatContentError, formatContentWarning } from '../validation/content-error';
import { validateContent } from '../validation/validate-content';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string' }, strict: { type: 'boolean', default: false }, previous: { type: 'string' } },
});
const contentDir = contentDirFor(values.content ?? positionals[0]);
const { errors, warnings, counts, locale } = validateContent(contentDir, { previousCatalogue: values.previous && resolve(values.previous) });
const { report } = validationMessages(locale);

for (const error of errors) console.error(formatContentError(error));
for (const warning of warnings) console.error(formatContentWarning(warning, report));
const summary = report.counts(counts);
const note = report.warningNote({ count: warnings.length, strict: values.strict });
if (errors.length > 0 || (values.strict && warnings.length > 0)) {
  console.error(`\n${report.checkFailed({ problems: errors.length, dir: contentDir, counts: summary, note })}`);
  process.exitCode = 1;
} else {
  console.log(report.checkPassed({ dir: contentDir, counts: summary, note }));
}
