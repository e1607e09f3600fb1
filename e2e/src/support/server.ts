import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../../..');

/** `restart` stops the API and, after `downForMs`, starts it again on the same port and data folder, as after a deploy. */
export type RunningApi = { url: string; port: number; pid: () => number | undefined; restart: (downForMs?: number) => Promise<void>; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited early (${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API did not become healthy:\n${output()}`);
}

/** Starts the built API (apps/api/dist, serving apps/web/dist) on a free port with a fresh embedded database. */
export async function startApi(env: Record<string, string> = {}): Promise<RunningApi> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  // The embedded database and no Redis, unless the caller asks for them.
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
  const launch = async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'apps/api/dist/main.js')], {
      cwd: repoRoot,
      env: {
        ...inherited,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        // Required with a PostgreSQL server (benchmarks pass DATABASE_URL); a fixed test key, never a real one.
        INTERVISION_KEY: Buffer.alloc(32, 7).toString('base64'),
        RATE_LIMIT_LOGIN: '100000',
        RATE_LIMIT_REGISTER: '100000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (log += chunk));
    child.stderr?.on('data', (chunk) => (log += chunk));
    await waitForHealth(url, child, () => log);
    return child;
  };
  const halt = async (child: ChildProcess) => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  let child = await launch();
  return {
    url,
    port,
    pid: () => child.pid,
    restart: async (downForMs = 0) => {
      await halt(child);
      await new Promise((r) => setTimeout(r, downForMs));
      child = await launch();
    },
    stop: async () => {
      await halt(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
