/**
 * Pagefind 1.6 starts in the background and its search waits for the start by checking every
 * 50 ms, so a search asked for while the index loads begins up to 50 ms after the index is ready
 * (measured on 5,000 minutes: 5–45 ms of the time to first results). The index build rewrites
 * that one check to every few milliseconds; nothing else in Pagefind's script changes.
 */

/** Pagefind 1.6's wait for its own start, exactly as its bundled pagefind.js writes it. */
const START_WAIT = 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';

/** Milliseconds between checks once rewritten. */
export const START_CHECK_MS = 4;

/**
 * Pagefind's script with the shorter wait. Fails when the script does not hold the wait exactly
 * once, so a Pagefind upgrade that changes it stops the build instead of silently losing the fix.
 */
export function withPromptStart(script: string): string {
  const found = script.split(START_WAIT).length - 1;
  if (found !== 1) throw new Error(`pagefind.js: expected Pagefind 1.6's start wait once, found it ${found} times; check the Pagefind version`);
  return script.replace(START_WAIT, START_WAIT.replace('asyncSleep(50)', `asyncSleep(${START_CHECK_MS})`));
}
