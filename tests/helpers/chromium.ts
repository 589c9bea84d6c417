import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/**
 * A headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
 * commands on fd 3, replies on fd 4, each a JSON message ended by a NUL byte). No WebSocket and no
 * npm dependency: Node 20 has no global WebSocket, and the pipe is what Puppeteer uses too.
 */

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The browser binary: $CHROMIUM_PATH, else a Debian/Ubuntu install path, else null. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--remote-debugging-pipe',
];

const START_TIMEOUT_MS = 10000;

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

export interface Browser {
  /** Opens a URL in a new tab, waits for its load event and evaluates an expression there (returned by value). */
  evaluateAt<T>(url: string, expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchChromium(executable: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'deboiler-chromium-'));
  const child: ChildProcess = spawn(executable, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  // A dead browser breaks the pipe; pending commands are rejected on exit, which says it better.
  toBrowser.on('error', () => undefined);
  child.on('error', () => undefined);
  const pending = new Map<number, Pending>();
  const listeners = new Set<(method: string, params: Record<string, unknown>, sessionId?: string) => void>();
  let nextId = 1;
  let buffer = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const p = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) p?.reject(new Error(`CDP: ${message.error.message}`));
        else p?.resolve(message.result);
      } else {
        for (const l of listeners) l(message.method, message.params, message.sessionId);
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => {
    for (const p of pending.values()) p.reject(new Error('Chromium exited'));
    pending.clear();
  });

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });

  const once = (wanted: string, sessionId: string): Promise<void> =>
    new Promise((resolve) => {
      const l = (method: string, _params: unknown, sid?: string) => {
        if (method === wanted && sid === sessionId) {
          listeners.delete(l);
          resolve();
        }
      };
      listeners.add(l);
    });

  // A browser that cannot start (missing libraries, no /dev/shm) should fail the suite fast and say so.
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${executable} did not answer on the DevTools pipe within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS).unref());
  try {
    await Promise.race([send('Browser.getVersion'), timeout]);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  return {
    async evaluateAt<T>(url: string, expression: string): Promise<T> {
      const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      await send('Page.enable', {}, sessionId);
      const loaded = once('Page.loadEventFired', sessionId);
      await send('Page.navigate', { url }, sessionId);
      await loaded;
      const reply = (await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)) as {
        result: { value: T };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      await send('Target.closeTarget', { targetId });
      if (reply.exceptionDetails) throw new Error(`in page: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
      return reply.result.value;
    },
    async close() {
      if (child.exitCode === null) {
        send('Browser.close').catch(() => undefined);
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
