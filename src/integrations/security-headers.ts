import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, sitePolicy } from '../utils/content-security-policy';

/**
 * Writes `_headers` next to the pages, for static hosts that read one (Netlify, Cloudflare Pages):
 * the same Content Security Policy every page carries in its meta tag, sent as a real header,
 * plus the directives only a header can carry.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'gongkai:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(sitePolicy, base));
      },
    },
  };
}
