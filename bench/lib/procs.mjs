// Child processes of the bench: started in their own process group, stopped by that group's id.
import { spawn } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';

const started = new Set();

export function startProcess(name, command, args, { env, cwd, logDir }) {
  const log = openSync(`${logDir}/${name}.log`, 'w');
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', log, log], detached: true });
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

export async function stopProcess(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

export async function stopAll() {
  await Promise.all([...started].map((c) => stopProcess(c)));
}

export async function waitHealthy(url, timeoutMs = 60000, stepMs = 50) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status === 200) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`not healthy within ${timeoutMs} ms: ${url}`);
}

/**
 * A process's peak resident memory in MB since it started or since `resetPeakRss` (Linux: VmHWM of
 * /proc/<pid>/status; null elsewhere or once it is gone).
 */
export function peakRssMb(child) {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/** Starts a new peak for `peakRssMb` (Linux ≥ 4.0: `5` to /proc/<pid>/clear_refs), so that each scenario gets its own. */
export function resetPeakRss(child) {
  try {
    writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
  } catch {
    /* not Linux, or not allowed: the peak then runs from the process's start */
  }
}
