import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';

/** Debian's Chromium; .ci/run installs it. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching for the network on its own (the machines have none but localhost). */
const QUIET_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Starts headless Chromium; Playwright gives every launch a fresh, empty profile of its own. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: run "bash .ci/setup" (installs Debian's chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: QUIET_FLAGS });
}

export interface StaticServer {
  /** Origin such as http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site on a free loopback port, the way a static host would (404.html for unknown paths). */
export async function serveSite(root: string): Promise<StaticServer> {
  const files = sirv(root, { dev: false, etag: true, dotfiles: false });
  const notFound = sirv(root, { dev: false });
  const server: Server = createServer((req, res) => {
    files(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      notFound(req, res, () => {
        res.end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
