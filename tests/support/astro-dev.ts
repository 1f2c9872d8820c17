import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { repoRoot } from './paths';

/** A running `astro dev`: its address, everything it printed so far, and a way to stop it. */
export interface DevServer {
  origin: string;
  /** Terminal output so far, without colour codes. */
  output(): string;
  /** Resolves when the output after `from` (an offset into output()) matches or contains `pattern`; rejects after `timeoutMs`. */
  waitForOutput(pattern: RegExp | string, from?: number, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

/** A free loopback port, found by letting the system pick one. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** The environment without what Vitest sets for itself (NODE_ENV=test and VITEST*), which would change how Astro serves. */
function ownEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

/**
 * Starts the real `astro dev` (what `npm run dev` runs) on `contentDir`, with `outDir` as the folder
 * of the last build, in a process group of its own so stop() ends every process it started.
 */
export async function startAstroDev(contentDir: string, outDir: string, timeoutMs = 30_000): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: repoRoot,
    env: { ...ownEnvironment(), GONGKAI_CONTENT: contentDir, GONGKAI_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    detached: true,
  });
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += stripVTControlCharacters(chunk.toString('utf8'));
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));

  const waitForOutput = (pattern: RegExp | string, from = 0, wait = timeoutMs) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const after = text.slice(from);
        const match = typeof pattern === 'string' ? (after.includes(pattern) ? pattern : null) : after.match(pattern)?.[0];
        if (!match) return;
        cleanup();
        resolve(match);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`astro dev did not print ${pattern} within ${wait} ms; it printed:\n${text.slice(from)}`));
      }, wait);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });

  const server: DevServer = {
    origin: `http://127.0.0.1:${port}`,
    output: () => text,
    waitForOutput,
    stop: async () => {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
  try {
    await waitForOutput(/watching for file changes/);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
