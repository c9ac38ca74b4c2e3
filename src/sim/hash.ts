/**
 * SHA-256 in plain TypeScript, synchronous and identical in Node and in a browser worker
 * (no `crypto.subtle`, which is async, and no `node:crypto`). Used to fingerprint recorded
 * output so that "same scenario + same seed ⇒ bit-identical output" can be checked anywhere.
 *
 * NIST FIPS 180-4 (2015), Secure Hash Standard, §6.2.
 */

// First 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4 §4.2.2).
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

// Initial hash value (FIPS 180-4 §5.3.3).
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Incremental SHA-256: feed bytes with `update`, then call `hex` once. */
class Sha256 {
  private readonly h = new Int32Array(H0);
  private readonly w = new Int32Array(64);
  private readonly block = new Uint8Array(64);
  private blockLen = 0;
  private byteCount = 0;

  update(bytes: Uint8Array): void {
    this.byteCount += bytes.length;
    let p = 0;
    if (this.blockLen > 0) {
      const take = Math.min(64 - this.blockLen, bytes.length);
      this.block.set(bytes.subarray(0, take), this.blockLen);
      this.blockLen += take;
      p = take;
      if (this.blockLen < 64) return;
      this.compress(this.block, 0);
      this.blockLen = 0;
    }
    for (; p + 64 <= bytes.length; p += 64) this.compress(bytes, p);
    if (p < bytes.length) {
      this.block.set(bytes.subarray(p), 0);
      this.blockLen = bytes.length - p;
    }
  }

  /** Pads (0x80, zeros, 64-bit big-endian bit length) and returns the digest as 64 hex digits. */
  hex(): string {
    const bits = this.byteCount * 8; // exact for messages below 2^50 bytes
    const b = this.block;
    b[this.blockLen++] = 0x80;
    if (this.blockLen > 56) {
      b.fill(0, this.blockLen);
      this.compress(b, 0);
      this.blockLen = 0;
    }
    b.fill(0, this.blockLen, 56);
    const hi = Math.floor(bits / 0x100000000);
    const lo = bits >>> 0;
    b[56] = hi >>> 24; b[57] = hi >>> 16; b[58] = hi >>> 8; b[59] = hi;
    b[60] = lo >>> 24; b[61] = lo >>> 16; b[62] = lo >>> 8; b[63] = lo;
    this.compress(b, 0);
    let out = '';
    for (let i = 0; i < 8; i++) out += (this.h[i] >>> 0).toString(16).padStart(8, '0');
    return out;
  }

  /** One 512-bit block starting at bytes[p] (FIPS 180-4 §6.2.2). */
  private compress(bytes: Uint8Array, p: number): void {
    const w = this.w;
    const h = this.h;
    for (let t = 0; t < 16; t++, p += 4) {
      w[t] = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3];
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15];
      const y = w[t - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (k + S1 + ch + K[t] + w[t]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0;
      d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
  }
}

/**
 * SHA-256 digest of `bytes` as 64 lowercase hex digits (FIPS 180-4).
 *
 * @example sha256Hex(new TextEncoder().encode('abc')) ===
 *   'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(bytes: Uint8Array): string {
  const s = new Sha256();
  s.update(bytes);
  return s.hex();
}

/**
 * SHA-256 (hex) of the IEEE-754 binary64 bytes of each column, in column order, each value
 * written little-endian through a DataView so the digest does not depend on the platform's
 * byte order. The columns are simply concatenated (no lengths or separators are hashed), so
 * the caller fixes the column layout. Every NaN is written as the canonical quiet NaN
 * 0x7ff8000000000000, because engines may store NaN payloads differently; −0 and +0 stay distinct.
 * Streams through a 512-byte buffer: no copy of the data is made.
 */
export function hashFloat64Columns(columns: Float64Array[]): string {
  const s = new Sha256();
  const buf = new Uint8Array(512);
  const view = new DataView(buf.buffer);
  let len = 0;
  for (const col of columns) {
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (v !== v) {
        view.setUint32(len, 0, true);
        view.setUint32(len + 4, 0x7ff80000, true);
      } else {
        view.setFloat64(len, v, true);
      }
      len += 8;
      if (len === buf.length) {
        s.update(buf);
        len = 0;
      }
    }
  }
  if (len > 0) s.update(buf.subarray(0, len));
  return s.hex();
}
