import seedrandom from 'seedrandom';

/** Discarded outputs after seeding, as in PractRand's reference sfc32 (lets the state mix). */
const WARM_UP = 12;

/**
 * The initial state of the reference model's dynamics stream: sfc32 (Chris Doty-Humphrey's
 * Small Fast Counting generator, 32-bit, in PractRand) whose four state words are the first
 * four `int32()` outputs of seedrandom's `alea(name)`, then 12 outputs discarded.
 * The model inlines the sfc32 step (`sfc32Next` is the same step, for tests and tools).
 */
export function sfc32Seed(name: string): Uint32Array {
  const alea = seedrandom.alea(name);
  const st = new Uint32Array(4);
  for (let i = 0; i < 4; i++) st[i] = alea.int32();
  for (let i = 0; i < WARM_UP; i++) sfc32Next(st);
  return st;
}

/** One sfc32 step on `st` (a, b, c, d); returns the 32-bit output as an unsigned integer. */
export function sfc32Next(st: Uint32Array): number {
  let a = st[0] | 0, b = st[1] | 0, c = st[2] | 0, d = st[3] | 0;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  st[0] = a; st[1] = b; st[2] = c; st[3] = d;
  return t >>> 0;
}
