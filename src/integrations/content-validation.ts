import type { AstroIntegration } from 'astro';
import { formatContentError, warningLines } from '../validation/content-error';
import { validateContent } from '../validation/validate-content';

export interface ContentValidationOptions {
  /** The content folder to validate. */
  contentDir: string;
}

/**
 * Validates the content folder before Astro reads it, with the same messages as `npm run check`.
 * A build refuses invalid content; the dev server reports the problems and keeps running so an
 * editor can fix them while previewing. Warnings are printed and never stop the build.
 */
export function contentValidation(options: ContentValidationOptions): AstroIntegration {
  return {
    name: 'gongkai:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { errors, warnings, counts } = validateContent(options.contentDir);
        // Warnings never stop a build; `npm run check -- --strict` is where they count.
        for (const line of warningLines(warnings)) logger.warn(line);
        if (errors.length === 0) {
          logger.info(`content is valid: ${counts.minutes} minutes files, ${counts.published} published`);
          return;
        }
        for (const error of errors) logger.error(formatContentError(error));
        const summary = `${errors.length} problem${errors.length === 1 ? '' : 's'} in the content (run npm run check to list them again)`;
        if (command === 'build') throw new Error(summary);
        logger.warn(summary);
      },
    },
  };
}
