// Builds the app and serves it with `vite preview` on 127.0.0.1 for the end-to-end tests;
// stops the server (by its pid) on teardown. The port differs from `npm start`'s 4173.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';

const PORT = Number(process.env.SPILLOVER_E2E_PORT ?? 4179);

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

let server: ChildProcess | null = null;

export default async function setup(project: TestProject): Promise<() => void> {
  const build = spawnSync('./node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  server = spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${PORT}/`;
  await waitFor(url, 15_000);
  project.provide('baseUrl', url);
  return () => {
    // The server may already be gone (killed from outside); that is no test failure.
    try { if (server?.pid) process.kill(server.pid); } catch { /* ESRCH */ }
    server = null;
  };
}

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}
