// Starts a benchmark's helper server (a .ts file run with tsx) and reads its first stdout line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../src/support/server';

export type Child = { words: string[]; stop: () => Promise<void> };

/** The helper prints "listening <port> …" when ready; its words come back, the first one dropped. */
export async function startChild(script: string, env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((ok, fail) => {
    let seen = '';
    child.stdout?.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes('\n')) ok(seen.split('\n')[0]);
    });
    child.once('exit', (code) => fail(new Error(`${script} exited (${code}) before it was ready`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  return { words: line.trim().split(/\s+/).slice(1), stop };
}
