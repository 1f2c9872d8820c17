/**
 * One plain sentence for a file-system failure while a build writes its output: what happened, to
 * which folder, and what to do. The sentence is Chinese (the site's language) and keeps the
 * English cause in brackets, the words an operator searches for or matches in a log.
 */
export function describeOutputFault(code: string | undefined, folder: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `写入网站时 ${folder} 空间不足（no space left on ${folder} while writing the site），请释放空间或另选输出目录。`;
    case 'EROFS':
      return `${folder} 是只读文件系统（read-only file system: ${folder}），无法写入网站，请把它挂载为可写或另选输出目录。`;
    case 'EACCES':
    case 'EPERM':
      return `没有写入 ${folder} 的权限（permission denied: ${folder}），请让运行构建的用户可以写入它或另选输出目录。`;
    case 'ENOENT':
      return `输出目录的上级目录 ${folder} 不存在（no such directory: ${folder}），请先创建或挂载它，或另选输出目录。`;
    case 'ENOTDIR':
      return `输出目录的上级 ${folder} 不是目录（not a directory: ${folder}），请另选输出目录。`;
    case 'EXDEV':
      return `无法把网站移入 ${folder}（cross-device rename into ${folder}），请把输出目录放在可以写入暂存目录的文件系统上。`;
    default:
      return `写入网站到 ${folder} 时失败（${code ?? 'unknown error'} while writing the site to ${folder}），之前的网站保持不变，请检查该目录后重试。`;
  }
}

/** The errno codes `describeOutputFault` explains; other errors are not the file system's and are rethrown as they are. */
export const outputFaultCodes = ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EXDEV'] as const;

/** The errno code of a Node file-system error, if it has one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Whether a build should print stack traces with its one-sentence failures: Astro's own
 * `--verbose` flag, or GONGKAI_VERBOSE=1 for pipelines that cannot change the command line.
 */
export function wantsStackTraces(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  return argv.includes('--verbose') || (env['GONGKAI_VERBOSE'] ?? '') === '1';
}

/** The sentence for a build that gave up waiting for another build of the same output folder. */
export function describeLockBusy(target: string, lockFile: string, holder: { pid: number; host: string; since: string } | undefined, waitedSeconds: number): string {
  const who = holder ? `进程 ${holder.pid}（${holder.host}，${holder.since} 起）` : '另一个进程';
  return `另一个构建${who}正在写入 ${target}，等待 ${waitedSeconds} 秒后仍未结束（output folder is locked by another build: ${lockFile}），请等它结束后重试；若该进程已不存在而锁文件仍在，删除 ${lockFile} 即可。`;
}

/** How long a build waits for another build of the same output folder: GONGKAI_LOCK_WAIT seconds, 20 minutes by default. */
export function lockWaitSeconds(env: Record<string, string | undefined>): number {
  const raw = env['GONGKAI_LOCK_WAIT'];
  const seconds = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 20 * 60;
}
