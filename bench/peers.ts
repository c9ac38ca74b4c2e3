import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The peers' benchmark, `../shared/bench-peers/` beside the repository (read-only). */
export const PEERS_DIR = fileURLToPath(new URL('../../shared/bench-peers/', import.meta.url));
const REPO = fileURLToPath(new URL('../', import.meta.url));

/** The peer versions that need only seedrandom. */
export const LIGHT_PEERS = ['typed', 'plain'] as const;
export type LightPeer = (typeof LIGHT_PEERS)[number];

/** A peer model as its module exports it. */
export interface PeerModel {
  step(): void;
  cvs: number[];
  firmCount(): number;
}
export type PeerCreate = (options: Record<string, unknown>) => PeerModel;

export function peersAvailable(): boolean {
  return existsSync(`${PEERS_DIR}models/typed.mjs`);
}

/**
 * Copies the peers' seedrandom-only models into `node_modules/.cache/bench-peers/`, where
 * `import 'seedrandom'` resolves to this repository's copy (the peers' own directory has no
 * node_modules), and returns their `create` functions.
 */
export async function loadLightPeers(): Promise<Record<LightPeer, PeerCreate>> {
  const dir = `${REPO}node_modules/.cache/bench-peers/models/`;
  mkdirSync(dir, { recursive: true });
  for (const f of ['common.mjs', ...LIGHT_PEERS.map((p) => `${p}.mjs`)]) copyWritable(`${PEERS_DIR}models/${f}`, dir + f);
  const out = {} as Record<LightPeer, PeerCreate>;
  for (const p of LIGHT_PEERS) out[p] = ((await import(/* @vite-ignore */ `${dir}${p}.mjs`)) as { create: PeerCreate }).create;
  return out;
}

/**
 * A runnable copy of the whole peers' benchmark in `.bench-peers/` (git-ignored), with
 * AgentScript, Flocc and seedrandom installed there by `npm ci` from the peers' own lockfile,
 * so they never enter this repository's package.json. Returns the path of its `bench.mjs`.
 */
export function stagePeers(log: (msg: string) => void = () => {}): string {
  const dir = `${REPO}.bench-peers/`;
  mkdirSync(dir, { recursive: true });
  for (const f of ['bench.mjs', 'package.json', 'package-lock.json', 'models']) copyWritable(PEERS_DIR + f, dir + f);
  const ok = ['agentscript', 'flocc', 'seedrandom'].every((m) => existsSync(`${dir}node_modules/${m}/package.json`));
  if (!ok) {
    log('installing the peers (agentscript, flocc, seedrandom) into .bench-peers/ with npm ci');
    execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return `${dir}bench.mjs`;
}

/** Copies a file or directory and makes the copy writable (the source is read-only), so a later copy can overwrite it. */
function copyWritable(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  const fix = (path: string, isDir: boolean): void => {
    chmodSync(path, isDir ? 0o755 : 0o644);
    if (isDir) for (const e of readdirSync(path, { withFileTypes: true })) fix(`${path}/${e.name}`, e.isDirectory());
  };
  fix(to, statSync(to).isDirectory());
}
