import { englishCount } from './plural';
import type { ReportMessages } from './report.zh-CN';

const problems = { one: 'problem', other: 'problems' };

/** The summary lines and the mark of a warning, in English; same keys and parameters as report.zh-CN.ts. */
export const reportEn = {
  warning: ({ message }) => `warning: ${message}`,
  counts: ({ minutes, published, organisations, topics, people }) =>
    `${englishCount(minutes, { one: 'minutes file', other: 'minutes files' })} (${published} published), ${englishCount(organisations, { one: 'organisation', other: 'organisations' })}, ${englishCount(topics, { one: 'topic', other: 'topics' })}, ${englishCount(people, { one: 'person', other: 'people' })}`,
  warningNote: ({ count, strict }) => {
    if (count === 0) return '';
    const warnings = englishCount(count, { one: 'warning', other: 'warnings' });
    return strict ? `; ${warnings} (--strict: counted as problems)` : `; ${warnings} (they do not stop the build; --strict counts them as problems)`;
  },
  checkFailed: ({ problems: count, dir, counts, note }) => `${englishCount(count, problems)} in ${dir}: ${counts}${note}`,
  checkPassed: ({ dir, counts, note }) => `${dir}: no problems in ${counts}${note}`,
  buildValid: ({ minutes, published }) => `content is valid: ${englishCount(minutes, { one: 'minutes file', other: 'minutes files' })}, ${published} published`,
  buildFailed: ({ problems: count, strictWarnings = 0 }) =>
    `${englishCount(count, problems)}${strictWarnings > 0 ? ` and ${englishCount(strictWarnings, { one: 'warning', other: 'warnings' })} (--strict)` : ''} in the content (run npm run check to list them again)`,
  devProblems: ({ problems: count }) => `${englishCount(count, problems)} in the content; the pages show them until they are fixed`,
  devValidAgain: ({ minutes, published }) => `content is valid again: ${englishCount(minutes, { one: 'minutes file', other: 'minutes files' })}, ${published} published`,
  warningsHeading: ({ count, shown }) =>
    `the content has ${englishCount(count, { one: 'warning', other: 'warnings' })}${shown !== undefined ? `; the first ${shown} follow` : ''} (they do not stop the build):`,
  warningsNotShown: ({ rest }) => `${englishCount(rest, { one: 'more warning is', other: 'more warnings are' })} not shown; run npm run check to list them all`,
  previousCompared: ({ file }) => `compared 索引号 and published documents with the previous build's catalogue ${file}`,
} satisfies ReportMessages;
