/**
 * Share links: the scenario, the seed and the engine version in the URL hash, kept compact
 * (JSON → deflate-raw via CompressionStream → base64url). Decoding returns data only; it is
 * validated by the engine like any imported scenario.
 */

/** What a link carries. */
export interface SharedRun {
  engineVersion: string;
  seed: number | string;
  scenario: unknown;
  years?: number;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(b, (c) => c.charCodeAt(0));
}

/** The hash fragment (without '#') for a run: `v=<version>&seed=<seed>[&years=<n>]&s=<data>`. */
export async function encodeShare(run: SharedRun): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(run.scenario)), new CompressionStream('deflate-raw'));
  const p = new URLSearchParams({ v: run.engineVersion, seed: String(run.seed) });
  if (run.years !== undefined) p.set('years', String(run.years));
  p.set('s', toBase64Url(packed));
  return p.toString();
}

/** Reads a hash fragment made by `encodeShare`; null when it holds no shared run. Throws on corrupt data. */
export async function decodeShare(hash: string): Promise<SharedRun | null> {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const s = p.get('s');
  if (!s) return null;
  const json = new TextDecoder().decode(await pipe(fromBase64Url(s), new DecompressionStream('deflate-raw')));
  const seedText = p.get('seed') ?? '1';
  const years = p.get('years');
  return {
    engineVersion: p.get('v') ?? 'unknown',
    seed: /^\d+$/.test(seedText) ? Number(seedText) : seedText,
    scenario: JSON.parse(json) as unknown,
    ...(years && /^\d+$/.test(years) ? { years: Number(years) } : {}),
  };
}
