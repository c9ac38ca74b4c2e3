/**
 * Firms as a struct of arrays: firm f is column f of each array. 13 bytes a firm (11 without the
 * birth city, which only enclave parks read: `tracksOrigin`), plus a due-date
 * bound per block of 8 firms. Removal swaps the last firm into the hole, so live firms are
 * always 0..count-1. The maturity date is stored rather than a countdown, so the yearly passes
 * write nothing for a firm whose state does not change. (Nothing in the model reads a firm's
 * age, so no birth date is kept: every array costs each exit a cache miss.)
 */
export const INNOVATING = 0;
export const MATURE = 1;
/** `matureAt` value of a firm that never matures. */
export const NEVER = 0xffff;
/** Firms per block of `FirmStore.dueBound` (a power of two: block of f = f >> DUE_BLOCK_BITS). */
export const DUE_BLOCK_BITS = 3;
/** Longest delay to maturity drawn, in years. */
export const MAX_MATURATION_YEARS = 60000; // far beyond any horizon; matureAt is a Uint16 tick

export class FirmStore {
  count = 0;
  capacity: number;
  /** Sector index. */
  sector: Uint8Array;
  /** Current city index. */
  city: Uint16Array;
  /**
   * City where the firm was born (enclave parks' routes and accounting). Empty when the store
   * does not track it (`tracksOrigin`: a scenario without enclave parks never reads it).
   */
  origin: Uint16Array;
  /** Life-cycle stage: INNOVATING or MATURE. */
  stage: Uint8Array;
  /** Tick at which an innovating firm matures (NEVER = not scheduled). */
  matureAt: Uint16Array;
  /** Consecutive years the firm's pay has been below the exit threshold. */
  lowYears: Uint8Array;
  /** z^((σ−1)/σ): the firm's own productivity z raised to the power that enters every aggregate. */
  zr: Float32Array;
  /**
   * Per block of 2^DUE_BLOCK_BITS firms, a date no later than any of its firms' `matureAt`
   * (kept by add and remove; the maturation pass tightens it), so that the pass reads only the
   * blocks where a firm may be due.
   */
  dueBound: Uint16Array;

  constructor(capacity: number, readonly tracksOrigin = true) {
    this.capacity = Math.max(16, capacity);
    this.sector = new Uint8Array(this.capacity);
    this.city = new Uint16Array(this.capacity);
    this.origin = new Uint16Array(tracksOrigin ? this.capacity : 0);
    this.stage = new Uint8Array(this.capacity);
    this.matureAt = new Uint16Array(this.capacity);
    this.lowYears = new Uint8Array(this.capacity);
    this.zr = new Float32Array(this.capacity);
    this.dueBound = new Uint16Array(Math.ceil(this.capacity / (1 << DUE_BLOCK_BITS))).fill(NEVER);
  }

  /** Appends a firm and returns its index. */
  add(sector: number, city: number, stage: number, matureAt: number, zr: number): number {
    if (this.count === this.capacity) this.grow();
    const f = this.count++;
    this.sector[f] = sector;
    this.city[f] = city;
    if (this.tracksOrigin) this.origin[f] = city;
    this.stage[f] = stage;
    this.matureAt[f] = matureAt;
    this.lowYears[f] = 0;
    this.zr[f] = zr;
    const b = f >> DUE_BLOCK_BITS;
    if (matureAt < this.dueBound[b]) this.dueBound[b] = matureAt;
    return f;
  }

  /** Removes firm f by moving the last firm into its place. */
  remove(f: number): void {
    const last = --this.count;
    if (f === last) return;
    this.sector[f] = this.sector[last];
    this.city[f] = this.city[last];
    if (this.tracksOrigin) this.origin[f] = this.origin[last];
    this.stage[f] = this.stage[last];
    this.matureAt[f] = this.matureAt[last];
    this.lowYears[f] = this.lowYears[last];
    this.zr[f] = this.zr[last];
    const b = f >> DUE_BLOCK_BITS;
    if (this.matureAt[f] < this.dueBound[b]) this.dueBound[b] = this.matureAt[f];
  }

  /** Bytes held per firm slot with every array (2 fewer without `origin`: see `bytesPerFirm`). */
  static readonly BYTES_PER_FIRM = 1 + 2 + 2 + 1 + 2 + 1 + 4;

  /** Bytes held per firm slot by this store. */
  get bytesPerFirm(): number {
    return FirmStore.BYTES_PER_FIRM - (this.tracksOrigin ? 0 : 2);
  }

  private grow(): void {
    const cap = Math.ceil(this.capacity * 1.5);
    const grow8 = (a: Uint8Array) => { const b = new Uint8Array(cap); b.set(a); return b; };
    const grow16 = (a: Uint16Array) => { const b = new Uint16Array(cap); b.set(a); return b; };
    this.sector = grow8(this.sector);
    this.city = grow16(this.city);
    if (this.tracksOrigin) this.origin = grow16(this.origin);
    this.stage = grow8(this.stage);
    this.matureAt = grow16(this.matureAt);
    this.lowYears = grow8(this.lowYears);
    const zr = new Float32Array(cap); zr.set(this.zr); this.zr = zr;
    const bound = new Uint16Array(Math.ceil(cap / (1 << DUE_BLOCK_BITS))).fill(NEVER); bound.set(this.dueBound); this.dueBound = bound;
    this.capacity = cap;
  }
}
