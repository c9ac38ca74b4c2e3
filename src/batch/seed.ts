import { createHash } from 'node:crypto';

/**
 * The seed of run `index` of a sweep: the first 32 bits (big-endian) of SHA-256 of
 * "<sweepSeed>:<index>", an unsigned integer. Deterministic, independent of sharding and
 * workers, and easy to reproduce anywhere (`printf '7:3' | sha256sum` → first 8 hex digits).
 */
export function deriveSeed(sweepSeed: number, index: number): number {
  return createHash('sha256').update(`${sweepSeed}:${index}`).digest().readUInt32BE(0);
}
