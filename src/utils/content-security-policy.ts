/** A Content Security Policy as directive name → source list. */
export type ContentSecurityPolicy = Readonly<Record<string, readonly string[]>>;

/**
 * What every page may load: only its own origin. No inline script or style at all (pages use one
 * external stylesheet and the search page one external module), no plugins, no frames.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; nothing else needs eval.
 */
export const sitePolicy: ContentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // Pagefind runs its search in a web worker loaded from the site's search bundle folder.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Only an HTTP header can forbid framing; browsers ignore (and warn about) it in a meta tag.
  'frame-ancestors': ["'none'"],
};

/**
 * The policy pages carry under `astro dev` (see isDevServer() in src/dev/protocol.ts): Vite serves each stylesheet as an inline <style> there
 * (a build links them as files), so inline styles are allowed in dev and nowhere else.
 */
export function devPolicy(policy: ContentSecurityPolicy): ContentSecurityPolicy {
  return { ...policy, 'style-src': [...(policy['style-src'] ?? []), "'unsafe-inline'"] };
}

/** Directives that only take effect when delivered as an HTTP header. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The policy as one header value; `meta` leaves out what a meta tag cannot carry. */
export function serializePolicy(policy: ContentSecurityPolicy, delivery: 'header' | 'meta'): string {
  return Object.entries(policy)
    .filter(([directive]) => delivery === 'header' || !HEADER_ONLY_DIRECTIVES.has(directive))
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that sends the policy and a few
 * companion headers with every file under the site's base path.
 */
export function headersFile(policy: ContentSecurityPolicy, base = '/'): string {
  const path = `${base.replace(/\/+$/u, '')}/*`;
  return [
    path,
    `  Content-Security-Policy: ${serializePolicy(policy, 'header')}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
