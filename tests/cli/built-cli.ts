import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');
const LOCK = join(ROOT, 'dist-build.lock');
const STALE_LOCK_MS = 120_000;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  try {
    const built = Math.min(...['cli.js', 'cli-run.js', 'cli-worker.js'].map((f) => statSync(join(ROOT, 'dist', f)).mtimeMs));
    const sources = Math.max(newestSource(join(ROOT, 'src')), statSync(join(ROOT, 'tsup.config.ts')).mtimeMs, statSync(join(ROOT, 'package.json')).mtimeMs);
    return built >= sources;
  } catch {
    return false;
  }
}

/**
 * The CLI tests run the built binary as a user would. Builds once when dist/ is missing or older
 * than the sources (CI builds before testing, so there it is a no-op); a lock directory keeps test
 * files running in parallel from building at the same time.
 */
export async function ensureBuilt(): Promise<void> {
  for (;;) {
    if (isFresh()) return;
    try {
      mkdirSync(LOCK);
    } catch {
      // Another test file is building; a lock left by a killed run is taken over after a while.
      if (Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      if (!isFresh()) execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` with the given standard input (a pipe, so never a TTY). */
export function runCli(args: readonly string[], stdin = '', cwd = ROOT): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // the CLI may exit before reading all of it (usage errors)
    child.stdin.end(stdin);
  });
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
