import { compileOnce, f64Load, F64X2_ADD, F64X2_MUL, F64X2_SPLAT, I32, I32_ADD, I32_GE_U, i32Const, localGet, localSet, loop, moduleOf, V128, V128_LOAD, V128_STORE } from './wasm-asm';
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
    const { acc, coef } = wasm;
    acc.fill(0);
    const even = N & ~1; // the wasm loop's columns come in pairs; an odd last column is added here
    const yOff = wasm.accOffset, coefOff = wasm.coefOffset, bytes = even * 8;
    let r = 0;
    for (; r + 3 < n; r += 4) {
      const i0 = rows[r], i1 = rows[r + 1], i2 = rows[r + 2], i3 = rows[r + 3];
      const a0 = base + i0 * N, a1 = base + i1 * N, a2 = base + i2 * N, a3 = base + i3 * N;
      const c0 = c[i0], c1 = c[i1], c2 = c[i2], c3 = c[i3];
      coef[0] = c0; coef[1] = c1; coef[2] = c2; coef[3] = c3;
      wasm.axpy4(yOff, a0 * 8, a1 * 8, a2 * 8, a3 * 8, coefOff, bytes);
      if (even < N) acc[even] = (((acc[even] + mat[a0 + even] * c0) + mat[a1 + even] * c1) + mat[a2 + even] * c2) + mat[a3 + even] * c3;
    }
    for (; r < n; r++) {
      const a = base + rows[r] * N, cr = c[rows[r]];
      for (let j = 0; j < N; j++) acc[j] += mat[a + j] * cr;
    }
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
  /** Byte offset of the accumulator (N doubles, after the matrix). */
  accOffset: number;
  /** The accumulator, a view of the module's memory. */
  acc: Float64Array;
  /** Byte offset of the four coefficients c0…c3 (after the accumulator), and their view. */
  coefOffset: number;
  coef: Float64Array;
  /**
   * y[j] = (((y[j] + a0[j]·c0) + a1[j]·c1) + a2[j]·c2) + a3[j]·c3 over `bytes` bytes (a multiple
   * of 16); byte offsets, c0…c3 read from `coef`. Only integers cross into wasm: a call with f64
   * arguments boxes each of them (four heap numbers a call, the market's main garbage).
   */
  axpy4(y: number, a0: number, a1: number, a2: number, a3: number, coef: number, bytes: number): void;
}

const axpyCompiled = compileOnce(axpyModule);

/**
 * The module instantiated over a memory holding the matrix (`matrixDoubles` f64 values), then an
 * N-long accumulator, then the four coefficients; null without wasm SIMD.
 */
function createWasmAxpy(matrixDoubles: number, N: number): WasmAxpy | null {
  const compiled = axpyCompiled();
  if (!compiled) return null;
  const accOffset = matrixDoubles * 8;
  const coefOffset = accOffset + N * 8;
  // Sized once: growing a memory would detach the views (the matrix is one) taken of it. A size
  // beyond what wasm can address (~4 GB) keeps the matrix in an ordinary array and the sweeps in JavaScript.
  let memory: WebAssembly.Memory;
  try {
    memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil((coefOffset + 4 * 8) / 65536)) });
  } catch {
    return null;
  }
  let axpy4: WasmAxpy['axpy4'];
  try {
    axpy4 = new WebAssembly.Instance(compiled, { env: { memory } }).exports.axpy4 as WasmAxpy['axpy4'];
  } catch {
    return null;
  }
  return { memory, accOffset, acc: new Float64Array(memory.buffer, accOffset, N), coefOffset, coef: new Float64Array(memory.buffer, coefOffset, 4), axpy4 };
}

/**
 * The module: imports its memory as env.memory and exports
 *   axpy4(y, a0, a1, a2, a3, coef: i32 byte offsets; bytes: i32)
 * which loads c0 … c3 from coef and, for j = 0, 16, 32, … < bytes, does (two f64 lanes at a time)
 *   y[j] = (((y[j] + a0[j]·c0) + a1[j]·c1) + a2[j]·c2) + a3[j]·c3.
 */
function axpyModule(): Uint8Array<ArrayBuffer> {
  // Parameters 0 y, 1–4 a0…a3, 5 coef, 6 bytes; locals 7 j (i32), 8–11 the splatted c (v128).
  const [Y, A0, COEF, BYTES, J, V0] = [0, 1, 5, 6, 7, 8];
  const term = (r: number) => [...localGet(A0 + r), ...localGet(J), I32_ADD, ...V128_LOAD, ...localGet(V0 + r), ...F64X2_MUL, ...F64X2_ADD];
  const code = [
    ...[0, 1, 2, 3].flatMap((r) => [...localGet(COEF), ...f64Load(8 * r), ...F64X2_SPLAT, ...localSet(V0 + r)]),
    ...loop([...localGet(J), ...localGet(BYTES), I32_GE_U], [ // until j >= bytes:
      ...localGet(Y), ...localGet(J), I32_ADD, //              the store's address
      ...localGet(Y), ...localGet(J), I32_ADD, ...V128_LOAD, // y[j]
      ...term(0), ...term(1), ...term(2), ...term(3),
      ...V128_STORE,
      ...localGet(J), ...i32Const(16), I32_ADD, ...localSet(J), // j += 16
    ]),
  ];
  return moduleOf([{ name: 'axpy4', params: [I32, I32, I32, I32, I32, I32, I32], results: [], locals: [[1, I32], [4, V128]], code }]);
}
