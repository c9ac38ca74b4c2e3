import { exp, EXP_T_HI, EXP_T_LO, INV_LN2_64, LN2_64_HI, LN2_64_LO } from './math';
import {
  compileOnce, F64X2_ADD, F64X2_MUL, F64X2_SUB, f64Const, F64X2_SPLAT, I32, I32_ADD, I32_GE_U, i32Const,
  localGet, localSet, localTee, loop, oneFunctionModule, simd, uleb, V128, V128_LOAD, V128_STORE,
} from './wasm-asm';

/**
 * e^x over an array, with the same bits as `exp` (math.ts) for every argument, ~2.3× faster
 * where WebAssembly SIMD is available: the table method's operations (the same + − × and floor,
 * which IEEE 754 fixes lane by lane, and the same table), two arguments at a time. The engine's
 * long runs of exponentials (trade freeness, the market's wage and supply terms, migration) use
 * it; arguments outside exp's fast range (−708, 709), where exp takes fdlibm's path, and NaN
 * are redone by `exp` itself.
 *
 * Use: `reserve(n)`, write n arguments into `args`, `run(n)`, read `out`. The batch holds nothing
 * between uses, so one per thread serves the whole engine (`expBatch`), which runs synchronously.
 */
export class ExpBatch {
  /** The arguments (a view: take it after `reserve`, which may replace it). */
  args!: Float64Array;
  /** e^args[k] after `run(n)`, for k < n. */
  out!: Float64Array;
  private capacity = 0;
  private readonly wasm: { memory: WebAssembly.Memory; vexp: (src: number, dst: number, bytes: number) => number } | null;

  constructor(capacity = 256, useWasm = true) {
    this.wasm = useWasm ? instantiate() : null;
    this.reserve(capacity);
  }

  /** Whether `run` uses WebAssembly. */
  get simd(): boolean { return this.wasm !== null; }

  /** Room for n arguments (grows by doubling; the views are replaced when it grows). */
  reserve(n: number): void {
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
  run(n: number): void {
    const { args, out, wasm } = this;
    if (!wasm) { for (let k = 0; k < n; k++) out[k] = exp(args[k]); return; }
    const even = n & ~1; // the wasm loop takes arguments in pairs; an odd last one is done here
    const inRange = wasm.vexp(args.byteOffset, out.byteOffset, even * 8);
    if (even < n) out[even] = exp(args[even]);
    if (!inRange) {
      for (let k = 0; k < even; k++) { const x = args[k]; if (!(x > -708 && x < 709)) out[k] = exp(x); }
    }
  }
}

/** Bytes before the arguments: the table 2^(j/64) = hi + lo, 64 of each. */
const TABLE_BYTES = 1024;
const vexpCompiled = compileOnce(vexpModule);

function instantiate(): ExpBatch['wasm'] {
  const compiled = vexpCompiled();
  if (!compiled) return null;
  let memory: WebAssembly.Memory;
  try {
    memory = new WebAssembly.Memory({ initial: 1 });
  } catch {
    return null;
  }
  new Float64Array(memory.buffer, 0, 64).set(EXP_T_HI);
  new Float64Array(memory.buffer, 512, 64).set(EXP_T_LO);
  const vexp = new WebAssembly.Instance(compiled, { env: { memory } }).exports.vexp as (src: number, dst: number, bytes: number) => number;
  return { memory, vexp };
}

/**
 * The module: exports vexp(src, dst, bytes: i32 byte offsets and length, a multiple of 16) → i32,
 * which writes e^x for each x at src into dst, two lanes at a time, by the steps of math.ts's
 * `exp` (the table at bytes 0 and 512), and returns 1 if every x was in (−708, 709), else 0
 * (those lanes then hold garbage, and the caller redoes them).
 */
function vexpModule(): Uint8Array<ArrayBuffer> {
  const splat = (v: number) => [...f64Const(v), ...F64X2_SPLAT];
  const i32x4Splat = (v: number) => [...i32Const(v), ...simd(0x11)];
  const FLOOR = simd(0x75), TRUNC_SAT_ZERO = simd(0xfc), AND = simd(0x4e), LT = simd(0x49), GT = simd(0x4a);
  const I32X4_SHL = simd(0xab), I32X4_SHR_S = simd(0xac), I32X4_ADD = simd(0xae);
  const I64X2_EXTEND_LOW_S = simd(0xc7), I64X2_SHL = simd(0xcb), I64X2_ALL_TRUE = simd(0xc3);
  const extractI32 = (lane: number) => [...simd(0x1b), lane];
  const load64Lane = (offset: number, lane: number) => [...simd(0x57), 3, ...uleb(offset), lane]; // v128.load64_lane
  const allOnes = [...simd(0x0c), ...new Array<number>(16).fill(0xff)];
  // Parameters 0 src, 1 dst, 2 bytes; locals 3 off (i32); 4 x, 5 n, 6 r, 7 ni, 8 j·8, 9 hi, 10 lo,
  // 11 a zero vector, 12 p, 13 the lanes seen in range (v128).
  const [SRC, DST, BYTES, OFF, X, NN, R, NI, JB, HI, LO, ZERO, P, OK] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
  // Table loads: the lane-th table entry at byte j·8 + offset into lane `lane` of `into`.
  const table = (into: number, lane: number, offset: number) => [...localGet(JB), ...extractI32(lane), ...localGet(into), ...load64Lane(offset, lane)];
  const code = [
    ...allOnes, ...localSet(OK),
    ...loop([...localGet(OFF), ...localGet(BYTES), I32_GE_U], [ // until off >= bytes:
      ...localGet(SRC), ...localGet(OFF), I32_ADD, ...V128_LOAD, ...localTee(X),
      // ok &= (x > −708) & (x < 709)
      ...splat(-708), ...GT, ...localGet(X), ...splat(709), ...LT, ...AND, ...localGet(OK), ...AND, ...localSet(OK),
      // n = floor(x · 64/ln2 + 0.5); r = (x − n·LN2_64_HI) − n·LN2_64_LO
      ...localGet(X), ...splat(INV_LN2_64), ...F64X2_MUL, ...splat(0.5), ...F64X2_ADD, ...FLOOR, ...localSet(NN),
      ...localGet(X), ...localGet(NN), ...splat(LN2_64_HI), ...F64X2_MUL, ...F64X2_SUB,
      ...localGet(NN), ...splat(LN2_64_LO), ...F64X2_MUL, ...F64X2_SUB, ...localSet(R),
      // ni = n as i32 (lanes 0, 1: exact, |n| < 2^17); byte offset of j = ni & 63 in the tables
      ...localGet(NN), ...TRUNC_SAT_ZERO, ...localTee(NI), ...i32x4Splat(63), ...AND, ...i32Const(3), ...I32X4_SHL, ...localSet(JB),
      ...table(ZERO, 0, 0), ...localSet(HI), ...table(HI, 1, 0), ...localSet(HI),
      ...table(ZERO, 0, 512), ...localSet(LO), ...table(LO, 1, 512), ...localSet(LO),
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
      ...localGet(OFF), ...i32Const(16), I32_ADD, ...localSet(OFF),
    ]),
    ...localGet(OK), ...I64X2_ALL_TRUE,
  ];
  return oneFunctionModule('vexp', [I32, I32, I32], [I32], [[1, I32], [10, V128]], code);
}

/** The engine's batch (one per thread: each use is over before the next begins). */
export const expBatch = new ExpBatch();
