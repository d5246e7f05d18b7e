/**
 * What `npm run bench:ingest` reads about the language service's JVM (Linux only; every probe gives
 * undefined where it cannot tell): the process listening on the service's port, from /proc/net/tcp{,6}
 * and each process's file descriptors; its resident memory (VmRSS, and VmHWM, the peak since it
 * started) from /proc/<pid>/status; its Java heap (used and committed) from `jstat -gc`, and its heap
 * limit from `-Xmx` on its command line.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Inodes of the sockets listening on `port` (any address). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = fs.readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      // local_address is ADDR:PORT; st 0A is LISTEN; the inode is the tenth field
      if (f[1]?.endsWith(`:${hexPort}`) === true && f[3] === '0A' && f[9] !== undefined) {
        inodes.add(f[9]);
      }
    }
  }
  return inodes;
}

/** The process listening on `port`, or undefined (not local, or not ours to see). */
export function listenerPid(port: number): number | undefined {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) {
    return undefined;
  }
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (m?.[1] !== undefined && inodes.has(m[1])) {
          return Number(entry);
        }
      } catch {
        // the descriptor closed meanwhile
      }
    }
  }
  return undefined;
}

export interface ProcessMemory {
  readonly rssMb: number;
  /** The peak RSS since the process started. */
  readonly peakRssMb: number;
}

export function processMemory(pid: number): ProcessMemory | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    const rss = kb('VmRSS');
    const hwm = kb('VmHWM');
    return Number.isFinite(rss) ? { rssMb: rss / 1024, peakRssMb: (hwm || rss) / 1024 } : undefined;
  } catch {
    return undefined;
  }
}

export interface JvmHeap {
  readonly usedMb: number;
  readonly committedMb: number;
  /** `-Xmx`, when the command line gives it. */
  readonly maxMb: number | undefined;
}

/** `-Xmx3072m`, `-Xmx3g`, `-Xmx3221225472` in MB. */
export function xmxMb(args: readonly string[]): number | undefined {
  const flag = [...args].reverse().find(a => a.startsWith('-Xmx'));
  const m = flag === undefined ? null : /^-Xmx(\d+)([kKmMgG]?)$/.exec(flag);
  if (m === null) {
    return undefined;
  }
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  return unit === 'g' ? n * 1024 : unit === 'm' ? n : unit === 'k' ? n / 1024 : n / 1024 / 1024;
}

/** The heap now (jstat starts a JVM of its own: seconds on a busy machine, so not in a hot loop). */
export async function jvmHeap(pid: number): Promise<JvmHeap | undefined> {
  try {
    const { stdout: out } = await execFileAsync('jstat', ['-gc', String(pid)], { timeout: 30_000 });
    const [head, values] = out.trim().split('\n');
    const names = (head ?? '').trim().split(/\s+/);
    const nums = (values ?? '').trim().split(/\s+/).map(Number);
    const col = (name: string): number => nums[names.indexOf(name)] ?? 0;
    const used = ['S0U', 'S1U', 'EU', 'OU'].reduce((n, c) => n + col(c), 0);
    const committed = ['S0C', 'S1C', 'EC', 'OC'].reduce((n, c) => n + col(c), 0);
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return { usedMb: used / 1024, committedMb: committed / 1024, maxMb: xmxMb(cmdline) };
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `everyMs` (a /proc read) until stopped; `stop()` gives the highest. */
export function sampleRss(pid: number, everyMs = 1000): { stop(): number | undefined } {
  let highest: number | undefined;
  const take = (): void => {
    const rss = processMemory(pid)?.rssMb;
    if (rss !== undefined) {
      highest = Math.max(highest ?? 0, rss);
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return highest;
    },
  };
}
