/**
 * Runs a command and samples the resident memory of its whole process tree: every interval, the
 * VmRSS of the process and of all its descendants (read from /proc) is summed, so a child such as
 * Pagefind's binary counts, which `/usr/bin/time` on the parent would miss. Every output line is
 * kept with the time it arrived, from which the build runner reads its phases.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** One output line and when it arrived, in milliseconds after the start. */
export interface TimedLine {
  atMs: number;
  text: string;
}

export interface SampledRun {
  /** Wall time from spawn to exit. */
  wallMs: number;
  /** Highest sum of VmRSS over the tree in one sample, in bytes. */
  peakTreeBytes: number;
  /** Highest VmRSS of a single process, by its command (`node astro`, `pagefind_extended`, `hugo`…; see commandLabel). */
  peakByCommand: Record<string, number>;
  samples: number;
  exitCode: number | null;
  lines: TimedLine[];
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling interval; 100 ms by default. */
  intervalMs?: number;
  /** Keep only the lines this accepts (all by default), so tens of thousands of route lines are not stored. */
  keepLine?: (text: string) => boolean;
}

interface ProcessInfo {
  pid: number;
  parent: number;
}

/** Every process's parent, from /proc/<pid>/stat (the field after the state, which follows the name in parentheses). */
function processTable(): ProcessInfo[] {
  const table: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.push({ pid: Number(entry), parent: Number(fields[1]) });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

/**
 * A process's program, from its command line: the executable's name, and for Node the script it
 * runs (`node astro`, `node npm-cli.js`), since Node names its main thread "MainThread".
 */
export function commandLabel(cmdline: string): string {
  const [program = '', script] = cmdline.split('\0');
  const name = basename(program);
  return /^node(js)?$/u.test(name) && script && !script.startsWith('-') ? `${name} ${basename(script)}` : name;
}

function commandOf(pid: number): string {
  try {
    return commandLabel(readFileSync(`/proc/${pid}/cmdline`, 'utf8')) || '?';
  } catch {
    return '?';
  }
}

/** VmRSS of one process in bytes; 0 when it has ended or is a zombie. */
function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The root and all its descendants with their resident memory. */
export function treeMemory(root: number): Array<{ command: string; bytes: number }> {
  const table = processTable();
  const children = new Map<number, ProcessInfo[]>();
  for (const info of table) children.set(info.parent, [...(children.get(info.parent) ?? []), info]);
  if (!table.some((info) => info.pid === root)) return [];
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const next = queue.shift() as number;
    tree.push(next);
    queue.push(...(children.get(next) ?? []).map((info) => info.pid));
  }
  return tree.map((pid) => ({ command: commandOf(pid), bytes: residentBytes(pid) }));
}

/** Runs `command args` to its end, sampling its tree; never throws for a failed command (see exitCode). */
export function runSampled(command: string, args: readonly string[], options: RunOptions): Promise<SampledRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: TimedLine[] = [];
  const keep = options.keepLine ?? (() => true);
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.on('data', (chunk: Buffer) => {
      const atMs = performance.now() - started;
      // Colour codes out: programs colour their logs when they see CI=true, and lines are matched as text.
      const parts = stripVTControlCharacters(pending + chunk.toString()).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) if (keep(text)) lines.push({ atMs, text });
    });
    stream.on('end', () => {
      if (pending && keep(pending)) lines.push({ atMs: performance.now() - started, text: pending });
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  let peakTreeBytes = 0;
  let samples = 0;
  const peakByCommand: Record<string, number> = {};
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = treeMemory(child.pid);
    if (tree.length === 0) return;
    samples += 1;
    peakTreeBytes = Math.max(peakTreeBytes, tree.reduce((sum, process) => sum + process.bytes, 0));
    for (const { command: name, bytes } of tree) peakByCommand[name] = Math.max(peakByCommand[name] ?? 0, bytes);
  };
  sample();
  const timer = setInterval(sample, options.intervalMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(new Error(`cannot start ${command}: ${error.message}`));
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ wallMs: performance.now() - started, peakTreeBytes, peakByCommand, samples, exitCode, lines });
    });
  });
}
