import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site';
import { validationMessages } from '../locales/editor';
import { formatContentError, formatContentWarning } from '../validation/content-error';
import { validateContent } from '../validation/validate-content';

export interface ContentValidationOptions {
  /** The content folder to validate. */
  contentDir: string;
  /** Its site configuration, already read and validated. */
  site: SiteConfig;
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
        const { errors, warnings, counts, locale } = validateContent(options.contentDir, { site: options.site });
        const { report } = validationMessages(locale);
        // Warnings never stop a build; `npm run check -- --strict` is where they count.
        for (const warning of warnings) logger.warn(formatContentWarning(warning, report));
        if (errors.length === 0) {
          logger.info(report.buildValid(counts));
          return;
        }
        for (const error of errors) logger.error(formatContentError(error));
        const summary = report.buildFailed({ problems: errors.length });
        if (command === 'build') throw new Error(summary);
        logger.warn(summary);
      },
    },
  };
}
