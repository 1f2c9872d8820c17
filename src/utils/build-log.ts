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

/** A generated page's line (`  ├─ /path/index.html`) or the time Astro prints after it (` (+3ms)`). */
export function isPageLine({ level, label, message }: LogMessage): boolean {
  if (level !== 'info') return false;
  const text = stripVTControlCharacters(message);
  if (label === null) return /^\s+[├└]─ \//u.test(text);
  return label === 'SKIP_FORMAT' && /^\s*\(\+[\d.]+m?s\)/u.test(text);
}

/** Astro's Node destination without the page lines; with `verbose` (--verbose, GONGKAI_VERBOSE=1) every line and debug messages. */
export default function buildLog(config: { verbose?: boolean } = {}) {
  const inner = nodeDestination({ level: config.verbose ? 'debug' : 'info' });
  return {
    write(message: LogMessage) {
      if (!config.verbose && isPageLine(message)) return;
      inner.write(message);
    },
  };
}
