import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site';
import { validationMessages } from '../locales/editor';
import { formatContentError, warningLines } from '../validation/content-error';
import { previousCatalogueIn } from '../validation/previous-catalogue';
import { validateContent } from '../validation/validate-content';

export interface ContentValidationOptions {
  /** The content folder to validate. */
  contentDir: string;
  /** Its site configuration, already read and validated. */
  site: SiteConfig;
  /** The output folder: a build compares with the catalogue the previous build left there. */
  outDir?: string | undefined;
  /** Count warnings as problems, as `npm run check -- --strict` does (default: `--strict` or GONGKAI_STRICT=1). */
  strict?: boolean;
}

/** Whether the build was asked to count warnings as problems: `--strict`, or GONGKAI_STRICT=1 for pipelines that cannot change the command line. */
export function wantsStrict(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  return argv.includes('--strict') || (env['GONGKAI_STRICT'] ?? '') === '1';
}

/**
 * Validates the content folder before Astro reads it, with the same messages as `npm run check`.
 * A build refuses invalid content; the dev server reports the problems and keeps running so an
 * editor can fix them while previewing. Warnings are printed and stop a build only when strict.
 * A build also holds the content to the catalogue of the site it is about to replace (still in
 * the output folder: the swap comes at the end), as `npm run check -- --previous` does.
 */
export function contentValidation(options: ContentValidationOptions): AstroIntegration {
  const strict = options.strict ?? wantsStrict(process.argv, process.env);
  return {
    name: 'gongkai:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const previousCatalogue = command === 'build' && options.outDir ? previousCatalogueIn(options.outDir) : undefined;
        const { errors, warnings, counts, locale } = validateContent(options.contentDir, { site: options.site, previousCatalogue });
        const { report } = validationMessages(locale);
        if (previousCatalogue) logger.info(report.previousCompared({ file: previousCatalogue }));
        // Warnings never stop a build (unless --strict): a count and the first few; `npm run check` lists them all.
        for (const line of warningLines(warnings, report)) logger.warn(line);
        const failing = command === 'build' && strict ? errors.length + warnings.length : errors.length;
        if (failing === 0) {
          logger.info(report.buildValid(counts));
          return;
        }
        for (const error of errors) logger.error(formatContentError(error));
        const summary = report.buildFailed({ problems: errors.length, strictWarnings: strict ? warnings.length : 0 });
        if (command === 'build') {
          // An editor's mistake, not a fault in the code: Astro prints whatever stack an error carries.
          const failure = new Error(summary);
          failure.stack = '';
          throw failure;
        }
        logger.warn(summary);
      },
    },
  };
}
