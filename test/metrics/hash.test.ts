import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256Hex, hashFloat64Columns } from '../../src/sim/hash';
import { mulberry32 } from './mulberry32';

const utf8 = (s: string) => new TextEncoder().encode(s);
const nodeSha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function randomBytes(seed: number, n: number): Uint8Array {
  const rand = mulberry32(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
}

/** Reference for hashFloat64Columns: concatenate little-endian bytes with Buffer and hash with node:crypto. */
function nodeColumnsSha(columns: Float64Array[]): string {
  const total = columns.reduce((s, c) => s + c.length, 0);
  const buf = Buffer.alloc(8 * total);
  let o = 0;
  for (const c of columns) for (const v of c) o = buf.writeDoubleLE(v, o);
  return nodeSha(buf);
}

describe('sha256Hex (FIPS 180-4)', () => {
  it('"abc" gives the FIPS test vector', () => {
    expect(sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('the empty message and the 448-bit two-block vector', () => {
    expect(sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
  it('one million "a" gives the FIPS long-message vector', () => {
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });
  it('equals node:crypto on random bytes of lengths around the padding boundaries', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 4099]) {
      const b = randomBytes(100 + n, n);
      expect(sha256Hex(b)).toBe(nodeSha(b));
    }
  });
  it('hashes only the view, not the whole underlying buffer', () => {
    const b = randomBytes(7, 200);
    expect(sha256Hex(b.subarray(10, 90))).toBe(nodeSha(b.subarray(10, 90)));
  });
});

describe('hashFloat64Columns', () => {
  it('pins the digest of [1, 2]: little-endian bytes 00..f03f 00..0040', () => {
    // 1.0 = 0x3ff0000000000000, 2.0 = 0x4000000000000000, written little-endian
    expect(hashFloat64Columns([Float64Array.from([1, 2])])).toBe(
      'dc91ce9a50ddc828740aa26743716897fdb2bb64f1db662fe263a59be56145ae',
    );
  });
  it('equals node:crypto over the concatenated little-endian bytes, across the 512-byte buffer', () => {
    const rand = mulberry32(61);
    const cols = [0, 1, 63, 64, 65, 200].map((n) => Float64Array.from({ length: n }, () => (rand() - 0.5) * 1e6));
    expect(hashFloat64Columns(cols)).toBe(nodeColumnsSha(cols));
    expect(hashFloat64Columns([])).toBe(sha256Hex(new Uint8Array(0)));
  });
  it('concatenates columns without separators', () => {
    expect(hashFloat64Columns([Float64Array.from([1, 2]), Float64Array.from([3])])).toBe(
      hashFloat64Columns([Float64Array.from([1]), Float64Array.from([2, 3])]),
    );
  });
  it('writes every NaN as the canonical quiet NaN and keeps -0 distinct from +0', () => {
    const odd = new Float64Array(1);
    new DataView(odd.buffer).setUint32(0, 0x12345, true);
    new DataView(odd.buffer).setUint32(4, 0xfff80000, true); // a negative NaN with a payload
    const canonical = Uint8Array.from([0, 0, 0, 0, 0, 0, 0xf8, 0x7f]);
    expect(hashFloat64Columns([odd])).toBe(sha256Hex(canonical));
    expect(hashFloat64Columns([Float64Array.from([NaN])])).toBe(sha256Hex(canonical));
    expect(hashFloat64Columns([Float64Array.from([-0])])).not.toBe(hashFloat64Columns([Float64Array.from([0])]));
  });
});
