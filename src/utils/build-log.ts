/**
 * The build's log destination (astro.config.mjs `logger`): Astro's own Node destination, without
 * the line Astro prints for every generated page (`├─ /minutes/…/index.html (+3ms)`), which at
 * 10,000 documents is tens of thousands of lines. Astro still prints each phase and its count
 * (`1827 page(s) built in 31.93s`); warnings and errors always pass. GONGKAI_VERBOSE=1 keeps every
 * line. Node loads this file itself, before any bundling: it imports nothing relative.
 */
import nodeDestination from 'astro/logger/node';
import { stripVTControlCharacters } from 'node:util';

/** One message as Astro hands it to a destination. */
export interface LogMessage {
  label: string | null;
  level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  message: string;
  newLine: boolean;
}

/** Whether a message is what Astro prints after a page it copied from the last build instead of rendering it. */
export function isCopiedPageMark({ level, label, message }: LogMessage): boolean {
  return level === 'info' && label === 'SKIP_FORMAT' && /^\s*\((?:restored|cached)\)/u.test(stripVTControlCharacters(message));
}

/**
 * A generated page's line (`  ├─ /path/index.html`) or what Astro prints after it: the time
 * (` (+3ms)`), or the mark of a page its incremental build copied (isCopiedPageMark).
 */
export function isPageLine(message: LogMessage): boolean {
  const { level, label } = message;
  if (level !== 'info') return false;
  const text = stripVTControlCharacters(message.message);
  if (label === null) return /^\s+[├└]─ \//u.test(text);
  return label === 'SKIP_FORMAT' && (/^\s*\(\+[\d.]+m?s\)/u.test(text) || isCopiedPageMark(message));
}

/** Astro's last count (`184 page(s) built in 4.05s`), after which the build says how many of them were copied. */
const BUILT_COUNT = /^\d+ page\(s\) built in /u;

/**
 * Astro's Node destination without the page lines; with `verbose` (--verbose, GONGKAI_VERBOSE=1)
 * every line and debug messages. The pages the incremental build copied are counted into one line.
 */
export default function buildLog(config: { verbose?: boolean } = {}) {
  const inner = nodeDestination({ level: config.verbose ? 'debug' : 'info' });
  let copied = 0;
  return {
    write(message: LogMessage) {
      if (isCopiedPageMark(message)) copied += 1;
      if (!config.verbose && isPageLine(message)) return;
      inner.write(message);
      if (copied > 0 && message.label === 'build' && BUILT_COUNT.test(stripVTControlCharacters(message.message))) {
        inner.write({ ...message, message: `${copied} files copied from the last build instead of rendered (nothing they show had changed)` });
      }
    },
  };
}
