/**
 * Firms as a struct of arrays: firm f is column f of each array. 13 bytes a firm.
 * Removal swaps the last firm into the hole, so live firms are always 0..count-1.
 */
export const INNOVATING = 0;
export const MATURE = 1;
/** `matureIn` value of a firm that never matures. */
export const NEVER = 255;

export class FirmStore {
  count = 0;
  capacity: number;
  /** Sector index. */
  sector: Uint8Array;
  /** Current city index. */
  city: Uint16Array;
  /** City where the firm was born (enclave-park accounting). */
  origin: Uint16Array;
  /** Life-cycle stage: INNOVATING or MATURE. */
  stage: Uint8Array;
  /** Age in years, saturating at 255. */
  age: Uint8Array;
  /** Years left before an innovating firm matures (NEVER = not scheduled). */
  matureIn: Uint8Array;
  /** Consecutive years the firm's pay has been below the exit threshold. */
  lowYears: Uint8Array;
  /** z^((σ−1)/σ): the firm's own productivity z raised to the power that enters every aggregate. */
  zr: Float32Array;

  constructor(capacity: number) {
    this.capacity = Math.max(16, capacity);
    this.sector = new Uint8Array(this.capacity);
    this.city = new Uint16Array(this.capacity);
    this.origin = new Uint16Array(this.capacity);
    this.stage = new Uint8Array(this.capacity);
    this.age = new Uint8Array(this.capacity);
    this.matureIn = new Uint8Array(this.capacity);
    this.lowYears = new Uint8Array(this.capacity);
    this.zr = new Float32Array(this.capacity);
  }

  /** Appends a firm and returns its index. */
  add(sector: number, city: number, stage: number, matureIn: number, zr: number): number {
    if (this.count === this.capacity) this.grow();
    const f = this.count++;
    this.sector[f] = sector;
    this.city[f] = city;
    this.origin[f] = city;
    this.stage[f] = stage;
    this.age[f] = 0;
    this.matureIn[f] = matureIn;
    this.lowYears[f] = 0;
    this.zr[f] = zr;
    return f;
  }

  /** Removes firm f by moving the last firm into its place. */
  remove(f: number): void {
    const last = --this.count;
    if (f === last) return;
    this.sector[f] = this.sector[last];
    this.city[f] = this.city[last];
    this.origin[f] = this.origin[last];
    this.stage[f] = this.stage[last];
    this.age[f] = this.age[last];
    this.matureIn[f] = this.matureIn[last];
    this.lowYears[f] = this.lowYears[last];
    this.zr[f] = this.zr[last];
  }

  /** Bytes held per firm slot. */
  static readonly BYTES_PER_FIRM = 1 + 2 + 2 + 1 + 1 + 1 + 1 + 4;

  private grow(): void {
    const cap = Math.ceil(this.capacity * 1.5);
    const grow8 = (a: Uint8Array) => { const b = new Uint8Array(cap); b.set(a); return b; };
    const grow16 = (a: Uint16Array) => { const b = new Uint16Array(cap); b.set(a); return b; };
    this.sector = grow8(this.sector);
    this.city = grow16(this.city);
    this.origin = grow16(this.origin);
    this.stage = grow8(this.stage);
    this.age = grow8(this.age);
    this.matureIn = grow8(this.matureIn);
    this.lowYears = grow8(this.lowYears);
    const zr = new Float32Array(cap); zr.set(this.zr); this.zr = zr;
    this.capacity = cap;
  }
}
