import {
  exp, EXP_FAST_MAX, EXP_FAST_MIN, EXP_T_HI, EXP_T_LO, INV_LN2_64, LN2_64_HI, LN2_64_LO, LN2_HI, LN2_LO, log, LOG_NEAR_ONE,
  LOG_T_HI, LOG_T_INV, LOG_T_LO, TWO_1023, TWO_M1022,
} from './math';
import {
  compileOnce, F64X2_ADD, F64X2_MUL, F64X2_SUB, f64Const, F64X2_SPLAT, I32, I32_ADD, I32_GE_U, i32Const,
  localGet, localSet, localTee, loop, moduleOf, simd, sleb, uleb, V128, V128_LOAD, V128_STORE, type WasmFunction,
} from './wasm-asm';

/**
 * e^x and ln x over an array, with the same bits as `exp` and `log` (math.ts) for every argument,
 * 2–3× faster where WebAssembly SIMD is available: their table methods' operations (the same
 * + − × ÷ and floor, which IEEE 754 fixes lane by lane, and the same tables), two arguments at
 * a time. The engine's long runs of them (trade freeness, the market's wage, supply and access
 * terms, migration, the relocation rows, a batch of founders' productivities) use it; arguments outside the fast paths (exp: beyond
 * (−708, 709); log: near 1, subnormal, huge, negative, zero), and NaN, are redone by `exp` or
 * `log` themselves.
 *
 * Use: `reserve(n)`, write n arguments into `args`, `exp(n)` or `log(n)`, read `out`. The batch
 * holds nothing between uses, so one per thread serves the whole engine (`mathBatch`), which
 * runs synchronously.
 */
export class MathBatch {
  /** The arguments (a view: take it after `reserve`, which may replace it). */
  args!: Float64Array;
  /** The results of the last `exp(n)` or `log(n)`, for k < n. */
  out!: Float64Array;
  private capacity = 0;
  /** The module's instance, made on the first `reserve` (so that importing the engine compiles nothing), or null. */
  private wasm: { memory: WebAssembly.Memory; vexp: Kernel; vlog: Kernel } | null | undefined;

  constructor(private readonly initialCapacity = 256, private readonly useWasm = true) {}

  /** Whether the batches run in WebAssembly. */
  get simd(): boolean { this.reserve(0); return this.wasm !== null; }

  /** Room for n arguments (grows by doubling; the views are replaced when it grows). */
  reserve(n: number): void {
    if (this.wasm === undefined) {
      this.wasm = this.useWasm ? instantiate() : null;
      n = Math.max(n, this.initialCapacity);
    }
    if (n <= this.capacity) return;
    const capacity = Math.max(n, 2 * this.capacity);
    if (this.wasm) {
      const { memory } = this.wasm;
      const need = Math.ceil((TABLE_BYTES + 16 * capacity) / 65536) - memory.buffer.byteLength / 65536;
      if (need > 0) memory.grow(need);
      this.args = new Float64Array(memory.buffer, TABLE_BYTES, capacity);
      this.out = new Float64Array(memory.buffer, TABLE_BYTES + 8 * capacity, capacity);
    } else {
      this.args = new Float64Array(capacity);
      this.out = new Float64Array(capacity);
    }
    this.capacity = capacity;
  }

  /** out[k] = exp(args[k]) for k < n. */
  exp(n: number): void {
    const { args, out, wasm } = this;
    if (!wasm) { for (let k = 0; k < n; k++) out[k] = exp(args[k]); return; }
    const even = n & ~1; // the wasm loops take arguments in pairs; an odd last one is done here
    const fast = wasm.vexp(args.byteOffset, out.byteOffset, even * 8);
    if (even < n) out[even] = exp(args[even]);
    if (!fast) for (let k = 0; k < even; k++) { const x = args[k]; if (!(x > EXP_FAST_MIN && x < EXP_FAST_MAX)) out[k] = exp(x); }
  }

  /** out[k] = log(args[k]) for k < n. */
  log(n: number): void {
    const { args, out, wasm } = this;
    if (!wasm) { for (let k = 0; k < n; k++) out[k] = log(args[k]); return; }
    const even = n & ~1;
    const fast = wasm.vlog(args.byteOffset, out.byteOffset, even * 8);
    if (even < n) out[even] = log(args[even]);
    if (!fast) {
      for (let k = 0; k < even; k++) {
        const x = args[k];
        if (!(x >= TWO_M1022 && x < TWO_1023) || Math.abs(x - 1) < LOG_NEAR_ONE) out[k] = log(x);
      }
    }
  }
}

/** A kernel: (src, dst, bytes) byte offsets and length → 1 if every argument took the fast path. */
type Kernel = (src: number, dst: number, bytes: number) => number;

/** Bytes before the arguments: exp's table 2^(j/64) = hi + lo (64 each), then log's 1/(1 + j/128) and ln(1 + j/128) = hi + lo (128 each). */
const TABLE_BYTES = 4096;
const EXP_HI = 0, EXP_LO = 512, LOG_INV = 1024, LOG_HI = 2048, LOG_LO = 3072;
const compiled = compileOnce(batchModule);

function instantiate(): MathBatch['wasm'] {
  const module = compiled();
  if (!module) return null;
  try {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const put = (offset: number, table: Float64Array) => new Float64Array(memory.buffer, offset, table.length).set(table);
    put(EXP_HI, EXP_T_HI); put(EXP_LO, EXP_T_LO); put(LOG_INV, LOG_T_INV); put(LOG_HI, LOG_T_HI); put(LOG_LO, LOG_T_LO);
    const { vexp, vlog } = new WebAssembly.Instance(module, { env: { memory } }).exports as { vexp: Kernel; vlog: Kernel };
    return { memory, vexp, vlog };
  } catch {
    return null; // no memory to be had, or instantiation refused: the JavaScript loops
  }
}

/**
 * The module: exports vexp and vlog, each (src, dst, bytes: i32 byte offsets and length, a
 * multiple of 16) → i32, which write e^x (ln x) for each x at src into dst, two lanes at a time,
 * by the steps of math.ts's `exp` (`log`), and return 1 if every x took the fast path, else 0
 * (those lanes then hold garbage, and the caller redoes them).
 */
function batchModule(): Uint8Array<ArrayBuffer> {
  return moduleOf([expFunction(), logFunction()]);
}

// Shared by both kernels.
const splat = (v: number) => [...f64Const(v), ...F64X2_SPLAT];
const FLOOR = simd(0x75), AND = simd(0x4e), OR = simd(0x50), LT = simd(0x49), GT = simd(0x4a), GE = simd(0x4c), ABS = simd(0xec), DIV = simd(0xf3);
const I64X2_ALL_TRUE = simd(0xc3);
const allOnes = [...simd(0x0c), ...new Array<number>(16).fill(0xff)];
/** v128.const of two equal i64 lanes, given as their high and low 32-bit words. */
const i64x2Const = (hi: number, lo = 0) => {
  const bytes = (w: number) => [w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24];
  const lane = [...bytes(lo), ...bytes(hi)];
  return [...simd(0x0c), ...lane, ...lane];
};
const i32x4Splat = (v: number) => [...i32Const(v), ...simd(0x11)];
const load64Lane = (offset: number, lane: number) => [...simd(0x57), 3, ...uleb(offset), lane]; // v128.load64_lane
// Both kernels' locals: 0 src, 1 dst, 2 bytes (parameters), 3 off (i32), then v128s from 4 on:
// 4 x, 5 the lanes seen on the fast path, 6 a zero vector, 7… each kernel's own.
const SRC = 0, DST = 1, BYTES = 2, OFF = 3, X = 4, OK = 5, ZERO = 6;

/**
 * A kernel (src, dst, bytes) → i32: for off = 0, 16, … < bytes it loads x = src[off], runs
 * `body` (which stores dst[off] and clears the lanes of `ok` off the fast path), and returns
 * whether every lane of `ok` stayed set. `vectors`: its v128 locals (x, ok and zero included).
 */
function kernel(name: string, vectors: number, body: number[]): WasmFunction {
  const code = [
    ...allOnes, ...localSet(OK),
    ...loop([...localGet(OFF), ...localGet(BYTES), I32_GE_U], [ // until off >= bytes:
      ...localGet(SRC), ...localGet(OFF), I32_ADD, ...V128_LOAD, ...localSet(X),
      ...body,
      ...localGet(OFF), ...i32Const(16), I32_ADD, ...localSet(OFF),
    ]),
    ...localGet(OK), ...I64X2_ALL_TRUE,
  ];
  return { name, params: [I32, I32, I32], results: [I32], locals: [[1, I32], [vectors, V128]], code };
}

/** vexp: math.ts `exp`, the table method (Tang 1989). */
function expFunction(): WasmFunction {
  const TRUNC_SAT_ZERO = simd(0xfc), I32X4_SHL = simd(0xab), I32X4_SHR_S = simd(0xac), I32X4_ADD = simd(0xae);
  const I64X2_EXTEND_LOW_S = simd(0xc7), I64X2_SHL = simd(0xcb);
  const extractI32 = (lane: number) => [...simd(0x1b), lane];
  const [NN, R, NI, JB, HI, LO, P] = [7, 8, 9, 10, 11, 12, 13]; // n, r, n as i32, j·8, hi, lo, p
  // The lane-th table entry at byte j·8 + offset, into lane `lane` of `into`.
  const table = (into: number, lane: number, offset: number) => [...localGet(JB), ...extractI32(lane), ...localGet(into), ...load64Lane(offset, lane)];
  return kernel('vexp', 10, [
    // ok &= (x > −708) & (x < 709)
    ...localGet(X), ...splat(EXP_FAST_MIN), ...GT, ...localGet(X), ...splat(EXP_FAST_MAX), ...LT, ...AND, ...localGet(OK), ...AND, ...localSet(OK),
    // n = floor(x · 64/ln2 + 0.5); r = (x − n·LN2_64_HI) − n·LN2_64_LO
    ...localGet(X), ...splat(INV_LN2_64), ...F64X2_MUL, ...splat(0.5), ...F64X2_ADD, ...FLOOR, ...localSet(NN),
    ...localGet(X), ...localGet(NN), ...splat(LN2_64_HI), ...F64X2_MUL, ...F64X2_SUB,
    ...localGet(NN), ...splat(LN2_64_LO), ...F64X2_MUL, ...F64X2_SUB, ...localSet(R),
    // ni = n as i32 (lanes 0, 1: exact, |n| < 2^17); byte offset of j = ni & 63 in the tables
    ...localGet(NN), ...TRUNC_SAT_ZERO, ...localTee(NI), ...i32x4Splat(63), ...AND, ...i32Const(3), ...I32X4_SHL, ...localSet(JB),
    ...table(ZERO, 0, EXP_HI), ...localSet(HI), ...table(HI, 1, EXP_HI), ...localSet(HI),
    ...table(ZERO, 0, EXP_LO), ...localSet(LO), ...table(LO, 1, EXP_LO), ...localSet(LO),
    // p = r + r·r·(0.5 + r·(1/6 + r·(1/24 + r·(1/120 + r·(1/720)))))
    ...localGet(R), ...localGet(R), ...localGet(R), ...F64X2_MUL,
    ...splat(0.5), ...localGet(R), ...splat(1 / 6), ...localGet(R), ...splat(1 / 24), ...localGet(R), ...splat(1 / 120),
    ...localGet(R), ...splat(1 / 720), ...F64X2_MUL, ...F64X2_ADD, ...F64X2_MUL, ...F64X2_ADD, ...F64X2_MUL, ...F64X2_ADD,
    ...F64X2_MUL, ...F64X2_ADD, ...F64X2_MUL, ...F64X2_ADD, ...localSet(P),
    // dst[off] = (hi + (lo + hi·p)) · 2^k, k = ni >> 6: the double with exponent bits k + 1023
    ...localGet(DST), ...localGet(OFF), I32_ADD,
    ...localGet(HI), ...localGet(LO), ...localGet(HI), ...localGet(P), ...F64X2_MUL, ...F64X2_ADD, ...F64X2_ADD,
    ...localGet(NI), ...i32Const(6), ...I32X4_SHR_S, ...i32x4Splat(1023), ...I32X4_ADD, ...I64X2_EXTEND_LOW_S, ...i32Const(52), ...I64X2_SHL,
    ...F64X2_MUL, ...V128_STORE,
  ]);
}

/** vlog: math.ts `log`, the table method (Tang 1990). */
function logFunction(): WasmFunction {
  const I64X2_SHR_U = simd(0xcd), I64X2_SHL = simd(0xcb), I32X4_ADD = simd(0xae), CONVERT_LOW_I32 = simd(0xfe);
  const i64x2Splat = (v: number) => [0x42, ...sleb(v), ...simd(0x12)];
  const extractI64AsI32 = (lane: number) => [...simd(0x1d), lane, 0xa7]; // i64x2.extract_lane, i32.wrap_i64
  // the two i64 lanes' low words into i32 lanes 0 and 1 (i8x16.shuffle of a vector with zero)
  const lowWords = [...simd(0x0d), 0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11];
  const ONE = i64x2Const(0x3ff00000), MANTISSA = i64x2Const(0x000fffff, 0xffffffff), TOP7 = i64x2Const(0x000fe000);
  const [KF, R, P, JB, INV, HI, LO] = [7, 8, 9, 10, 11, 12, 13]; // k as a double, r, p, j·8, 1/F, hi, lo
  const table = (into: number, lane: number, offset: number) => [...localGet(JB), ...extractI64AsI32(lane), ...localGet(into), ...load64Lane(offset, lane)];
  return kernel('vlog', 10, [
    // ok &= x ≥ 2^−1022 & x < 2^1023 & |x − 1| ≥ 1/16
    ...localGet(X), ...splat(TWO_M1022), ...GE, ...localGet(X), ...splat(TWO_1023), ...LT, ...AND,
    ...localGet(X), ...splat(1), ...F64X2_SUB, ...ABS, ...splat(LOG_NEAR_ONE), ...GE, ...AND, ...localGet(OK), ...AND, ...localSet(OK),
    // k = exponent − 1023, as a double
    ...localGet(X), ...i32Const(52), ...I64X2_SHR_U, ...localGet(ZERO), ...lowWords, ...i32x4Splat(-1023), ...I32X4_ADD, ...CONVERT_LOW_I32, ...localSet(KF),
    // j = the top 7 bits of the mantissa, as a byte offset into the tables
    ...localGet(X), ...i32Const(45), ...I64X2_SHR_U, ...i64x2Splat(127), ...AND, ...i32Const(3), ...I64X2_SHL, ...localSet(JB),
    ...table(ZERO, 0, LOG_INV), ...localSet(INV), ...table(INV, 1, LOG_INV), ...localSet(INV),
    ...table(ZERO, 0, LOG_HI), ...localSet(HI), ...table(HI, 1, LOG_HI), ...localSet(HI),
    ...table(ZERO, 0, LOG_LO), ...localSet(LO), ...table(LO, 1, LOG_LO), ...localSet(LO),
    // r = (m − F) · (1/F from the table), m = x · 2^−k (x's mantissa with exponent 0), F = 1 + j/128 (its top 7 bits)
    ...localGet(X), ...MANTISSA, ...AND, ...ONE, ...OR, ...localGet(X), ...TOP7, ...AND, ...ONE, ...OR, ...F64X2_SUB,
    ...localGet(INV), ...F64X2_MUL, ...localSet(R),
    // p = r − r·r·(0.5 − r·(1/3 − r·(0.25 − r·(0.2 − r·(1/6 − r/7)))))
    ...localGet(R), ...localGet(R), ...localGet(R), ...F64X2_MUL,
    ...splat(0.5), ...localGet(R), ...splat(1 / 3), ...localGet(R), ...splat(0.25), ...localGet(R), ...splat(0.2), ...localGet(R),
    ...splat(1 / 6), ...localGet(R), ...splat(7), ...DIV, ...F64X2_SUB, ...F64X2_MUL, ...F64X2_SUB, ...F64X2_MUL, ...F64X2_SUB,
    ...F64X2_MUL, ...F64X2_SUB, ...F64X2_MUL, ...F64X2_SUB, ...F64X2_MUL, ...F64X2_SUB, ...localSet(P),
    // dst[off] = (k·LN2_HI + hi) + ((k·LN2_LO + lo) + p)
    ...localGet(DST), ...localGet(OFF), I32_ADD,
    ...localGet(KF), ...splat(LN2_HI), ...F64X2_MUL, ...localGet(HI), ...F64X2_ADD,
    ...localGet(KF), ...splat(LN2_LO), ...F64X2_MUL, ...localGet(LO), ...F64X2_ADD, ...localGet(P), ...F64X2_ADD, ...F64X2_ADD,
    ...V128_STORE,
  ]);
}

/** The engine's batch (one per thread: each use is over before the next begins). */
export const mathBatch = new MathBatch();
