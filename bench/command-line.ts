/** What the bench's commands share: reading whole-number options, and naming the commit they measure. */
import { execFileSync } from 'node:child_process';
import { repoRoot } from '../tests/support/paths';

/** The option `--name` as a whole number of at least `least`; anything else fails, with `usage` after the message. */
export function wholeNumber(name: string, text: string | undefined, least = 1, usage = ''): number {
  const value = Number(text);
  if (text === undefined || !/^\d+$/u.test(text) || value < least) {
    throw new Error(`--${name} must be a whole number of at least ${least}, not "${text ?? ''}"${usage ? `\n\n${usage}` : ''}`);
  }
  return value;
}

/** The checked-out commit, said to have uncommitted changes when it has. */
export function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    return dirty ? `${commit} with uncommitted changes` : commit;
  } catch {
    return 'unknown';
  }
}
