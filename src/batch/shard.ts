import { UsageError } from '../cli/args';

/** The K-th of N deterministic slices of a sweep (K is 1-based, as users count). */
export interface Shard { k: number; n: number }

/** Parses "K/N" (1 ≤ K ≤ N); throws UsageError otherwise. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const k = m ? Number(m[1]) : NaN, n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) throw new UsageError(`--shard must be K/N with 1 ≤ K ≤ N (e.g. 2/4), got "${text}"`);
  return { k, n };
}

/** Whether run `index` belongs to the shard: run i is in shard (i mod N) + 1. */
export function inShard(index: number, shard: Shard | undefined): boolean {
  return !shard || index % shard.n === shard.k - 1;
}
