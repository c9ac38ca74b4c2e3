import { compileOnce, f64Load, F64X2_ADD, F64X2_MUL, F64X2_SPLAT, I32, I32_ADD, I32_GE_U, i32Const, localGet, localSet, loop, moduleOf, simd, uleb, V128, V128_LOAD, V128_STORE } from './wasm-asm';
/**
 * Products with S blocks of an N×N kernel K laid out [s][i][j] (S×N×N): the market's trade
 * freeness φ (one block per sector; market.ts) and the spillover kernel (one block;
 * productivity.ts):
 *
 *   vecMat   g_j = Σ_i K_ij q_i   (rows i in order, rows with q_i = 0 skipped): price indices
 *   matVec   a_i = Σ_j K_ij v_j   (j in order): market access, employment nearby
 *
 * Both are written as "add c_r × row r to y, rows in order": vecMat over the rows of K, matVec
 * over the rows of Kᵀ, which for a symmetric block (the usual case: distances and barriers are
 * symmetric) is K itself. Each element of y then sums its terms in the same order as a plain
 * row-by-row loop, so every path below gives the same bits.
 *
 * Where WebAssembly SIMD is available (Node 16.4+, every current browser) the row additions run
 * in a small WebAssembly loop two columns at a time, ~3× faster than JavaScript at 200 cities;
 * K then lives in the module's memory. Elsewhere, and for asymmetric blocks' matVec, plain
 * loops do the same arithmetic. (IEEE 754 fixes f64x2 add and mul lane by lane; wasm has no
 * fused multiply-add, so the loop cannot round differently from JavaScript.)
 */
export class KernelSweeps {
  /** The kernel, S×N×N. Write it, then call `refresh()`. */
  readonly matrix: Float64Array;
  private readonly symmetric: Uint8Array;
  private readonly rows: Int32Array;
  private readonly wasm: WasmAxpy | null;

  constructor(readonly S: number, readonly N: number, useWasm = true) {
    this.symmetric = new Uint8Array(S);
    this.rows = new Int32Array(N);
    this.wasm = useWasm ? createWasmAxpy(S * N * N, N) : null;
    this.matrix = this.wasm ? new Float64Array(this.wasm.memory.buffer, 0, S * N * N) : new Float64Array(S * N * N);
  }

  /** Whether the sweeps run in WebAssembly. */
  get simd(): boolean { return this.wasm !== null; }

  /**
   * Notes which blocks are symmetric; call after the matrix changes. `symmetric` = true: the
   * caller knows every block is (costs.ts: travel distances are, so each pair's value is computed
   * from the same numbers as its mirror's), and the check is skipped; a wrong true would make
   * matVec add columns instead of rows.
   */
  refresh(symmetric = false): void {
    const { S, N, matrix: mat } = this;
    if (symmetric) { this.symmetric.fill(1); return; }
    for (let s = 0; s < S; s++) {
      const base = s * N * N;
      let sym = 1;
      for (let i = 0; i < N && sym; i++) for (let j = 0; j < i; j++) if (mat[base + i * N + j] !== mat[base + j * N + i]) { sym = 0; break; }
      this.symmetric[s] = sym;
    }
  }

  /** g_j = Σ_i K_ij q_i for block s (g is overwritten). */
  vecMat(s: number, q: Float64Array, g: Float64Array): void {
    const { N, rows } = this;
    let n = 0;
    for (let i = 0; i < N; i++) if (q[i] !== 0) rows[n++] = i;
    this.addRows(s * N * N, rows, n, q, g);
  }

  /** a_i = Σ_j K_ij v_j for block s (a is overwritten). */
  matVec(s: number, v: Float64Array, a: Float64Array): void {
    const { N, rows } = this;
    const base = s * N * N;
    if (!this.symmetric[s]) { matVecRows(this.matrix, base, N, v, a); return; }
    // a = Σ_j v_j K_j· (K_j· = column j): terms with v_j = 0 add +0 and can be left out.
    let n = 0;
    for (let j = 0; j < N; j++) if (v[j] !== 0) rows[n++] = j;
    this.addRows(base, rows, n, v, a);
  }

  /** y = Σ_r c[rows[r]] · K[base + rows[r]·N …], rows in order, four at a time. */
  private addRows(base: number, rows: Int32Array, n: number, c: Float64Array, y: Float64Array): void {
    const { N, matrix: mat, wasm } = this;
    if (!wasm) { y.fill(0); addRowsJs(mat, base, N, rows, n, c, y); return; }
    // The rows' byte offsets and coefficients go to the module's memory; one call adds them all.
    const { acc, coefs, rowOffsets } = wasm;
    for (let r = 0; r < n; r++) { const i = rows[r]; rowOffsets[r] = (base + i * N) * 8; coefs[r] = c[i]; }
    acc.fill(0);
    wasm.addRows(wasm.accOffset, wasm.rowOffsetsOffset, wasm.coefsOffset, n, (N & ~1) * 8, N & 1);
    y.set(acc);
  }
}

/** y += Σ_r c[rows[r]] · row rows[r] of the block at base, four rows at a time (plain JavaScript). */
function addRowsJs(mat: Float64Array, base: number, N: number, rows: Int32Array, n: number, c: Float64Array, y: Float64Array): void {
  let r = 0;
  for (; r + 3 < n; r += 4) {
    const i0 = rows[r], i1 = rows[r + 1], i2 = rows[r + 2], i3 = rows[r + 3];
    const q0 = c[i0], q1 = c[i1], q2 = c[i2], q3 = c[i3];
    const a0 = base + i0 * N, a1 = base + i1 * N, a2 = base + i2 * N, a3 = base + i3 * N;
    for (let j = 0; j < N; j++) y[j] = (((y[j] + mat[a0 + j] * q0) + mat[a1 + j] * q1) + mat[a2 + j] * q2) + mat[a3 + j] * q3;
  }
  for (; r < n; r++) {
    const q = c[rows[r]], a = base + rows[r] * N;
    for (let j = 0; j < N; j++) y[j] += mat[a + j] * q;
  }
}

/** out_i = Σ_j K_ij v_j (j in order), four rows at a time: matVec on an asymmetric block. */
function matVecRows(mat: Float64Array, base: number, N: number, v: Float64Array, out: Float64Array): void {
  let i = 0;
  for (; i + 3 < N; i += 4) {
    const a0 = base + i * N, a1 = a0 + N, a2 = a1 + N, a3 = a2 + N;
    let m0 = 0, m1 = 0, m2 = 0, m3 = 0;
    for (let j = 0; j < N; j++) {
      const vj = v[j];
      m0 += mat[a0 + j] * vj; m1 += mat[a1 + j] * vj; m2 += mat[a2 + j] * vj; m3 += mat[a3 + j] * vj;
    }
    out[i] = m0; out[i + 1] = m1; out[i + 2] = m2; out[i + 3] = m3;
  }
  for (; i < N; i++) {
    const a = base + i * N;
    let m = 0;
    for (let j = 0; j < N; j++) m += mat[a + j] * v[j];
    out[i] = m;
  }
}

// ---------------------------------------------------------------------------------------------
// The WebAssembly row additions, assembled here (a few hundred bytes; wasm-asm.ts encodes them).

interface WasmAxpy {
  memory: WebAssembly.Memory;
  /** Byte offset of the accumulator (N doubles, after the matrix), and its view. */
  accOffset: number;
  acc: Float64Array;
  /** Byte offset of the rows' coefficients (N doubles, after the accumulator), and their view. */
  coefsOffset: number;
  coefs: Float64Array;
  /** Byte offset of the rows' byte offsets in the matrix (N int32, after the coefficients), and their view. */
  rowOffsetsOffset: number;
  rowOffsets: Int32Array;
  /**
   * y += Σ_r coefs[r] · row r over the first `rows` rows, `bytes` bytes of columns two at a time
   * (a multiple of 16) and, when `odd` is 1, the column after them one at a time (module below).
   * Only integers cross into wasm: a call with f64 arguments boxes each of them.
   */
  addRows(y: number, rowOffsets: number, coefs: number, rows: number, bytes: number, odd: number): void;
}

const axpyCompiled = compileOnce(axpyModule);

/**
 * The module instantiated over a memory holding the matrix (`matrixDoubles` f64 values), then an
 * N-long accumulator, the rows' coefficients and their offsets; null without wasm SIMD.
 */
function createWasmAxpy(matrixDoubles: number, N: number): WasmAxpy | null {
  const compiled = axpyCompiled();
  if (!compiled) return null;
  const accOffset = matrixDoubles * 8;
  const coefsOffset = accOffset + N * 8;
  const rowOffsetsOffset = coefsOffset + N * 8;
  // Sized once: growing a memory would detach the views (the matrix is one) taken of it. A size
  // beyond what wasm can address (~4 GB) keeps the matrix in an ordinary array and the sweeps in JavaScript.
  let memory: WebAssembly.Memory;
  let addRows: WasmAxpy['addRows'];
  try {
    memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil((rowOffsetsOffset + N * 4) / 65536)) });
    addRows = new WebAssembly.Instance(compiled, { env: { memory } }).exports.addRows as WasmAxpy['addRows'];
  } catch {
    return null;
  }
  return {
    memory, accOffset, acc: new Float64Array(memory.buffer, accOffset, N),
    coefsOffset, coefs: new Float64Array(memory.buffer, coefsOffset, N),
    rowOffsetsOffset, rowOffsets: new Int32Array(memory.buffer, rowOffsetsOffset, N), addRows,
  };
}

/**
 * The module: imports its memory as env.memory and exports
 *   addRows(y, rowOffsets, coefs: i32 byte offsets; rows, bytes, odd: i32)
 * which, with a_r the r-th row's offset and c_r its coefficient, adds the rows in order, four at a
 * time and then one at a time, to every column j < bytes (two f64 lanes at a time) and, if odd,
 * to the column at `bytes` (one lane):
 *   y[j] = (((y[j] + a_r[j]·c_r) + a_r+1[j]·c_r+1) + a_r+2[j]·c_r+2) + a_r+3[j]·c_r+3,  then  y[j] = y[j] + a_r[j]·c_r
 * — every element's terms in row order, as the JavaScript loops add them.
 */
function axpyModule(): Uint8Array<ArrayBuffer> {
  // Parameters 0 y, 1 rowOffsets, 2 coefs, 3 rows, 4 bytes, 5 odd; locals 6 r, 7 j, 8–11 a0…a3
  // (i32), 12–15 the splatted c0…c3 (v128).
  const [Y, ROWS, COEFS, COUNT, BYTES, ODD, R, J, A0, C0] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 12];
  const I32_SHL = 0x74, F64_ADD = 0xa0, F64_MUL = 0xa2;
  const i32Load = (offset: number) => [0x28, 2, ...uleb(offset)];
  const f64Store = [0x39, 3, 0];
  const lane0 = [...simd(0x21), 0]; // f64x2.extract_lane 0: the coefficient itself
  /** Reads row k's offset and coefficient (k = 0…3 after r) into A0+k and C0+k. */
  const takeRow = (k: number) => [
    ...localGet(ROWS), ...localGet(R), ...i32Const(2), I32_SHL, I32_ADD, ...i32Load(4 * k), ...localSet(A0 + k),
    ...localGet(COEFS), ...localGet(R), ...i32Const(3), I32_SHL, I32_ADD, ...f64Load(8 * k), ...F64X2_SPLAT, ...localSet(C0 + k),
  ];
  const term = (k: number) => [...localGet(A0 + k), ...localGet(J), I32_ADD, ...V128_LOAD, ...localGet(C0 + k), ...F64X2_MUL, ...F64X2_ADD];
  const oddTerm = (k: number) => [...localGet(A0 + k), ...localGet(BYTES), I32_ADD, ...f64Load(0), ...localGet(C0 + k), ...lane0, F64_MUL, F64_ADD];
  /** For j = 0, 16, … < bytes: y[j] = y[j] + the terms of rows 0…k−1; then the odd column. */
  const columns = (k: number) => [
    ...i32Const(0), ...localSet(J),
    ...loop([...localGet(J), ...localGet(BYTES), I32_GE_U], [
      ...localGet(Y), ...localGet(J), I32_ADD, //              the store's address
      ...localGet(Y), ...localGet(J), I32_ADD, ...V128_LOAD, // y[j]
      ...Array.from({ length: k }, (_, t) => term(t)).flat(),
      ...V128_STORE,
      ...localGet(J), ...i32Const(16), I32_ADD, ...localSet(J),
    ]),
    ...localGet(ODD), 0x04, 0x40, //                          if odd:
    ...localGet(Y), ...localGet(BYTES), I32_ADD, //             the store's address
    ...localGet(Y), ...localGet(BYTES), I32_ADD, ...f64Load(0),
    ...Array.from({ length: k }, (_, t) => oddTerm(t)).flat(),
    ...f64Store, 0x0b, //                                       end if
  ];
  const code = [
    // groups of four rows, while r + 3 < rows
    ...loop([...localGet(R), ...i32Const(3), I32_ADD, ...localGet(COUNT), I32_GE_U], [
      ...takeRow(0), ...takeRow(1), ...takeRow(2), ...takeRow(3), ...columns(4),
      ...localGet(R), ...i32Const(4), I32_ADD, ...localSet(R),
    ]),
    // the rest, one row at a time
    ...loop([...localGet(R), ...localGet(COUNT), I32_GE_U], [
      ...takeRow(0), ...columns(1),
      ...localGet(R), ...i32Const(1), I32_ADD, ...localSet(R),
    ]),
  ];
  return moduleOf([{ name: 'addRows', params: [I32, I32, I32, I32, I32, I32], results: [], locals: [[6, I32], [4, V128]], code }]);
}
