/**
 * Just enough of a WebAssembly assembler for the engine's small SIMD kernels (sweeps.ts,
 * math-batch.ts): encodings of the binary format, so that each kernel is written as a list of
 * instructions in its own file and needs no toolchain. Opcodes: the WebAssembly core
 * specification, "Binary format", with its SIMD instructions (prefix 0xfd).
 */

/** Unsigned LEB128. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n);
  return out;
}

/** Signed LEB128 (i32.const immediates). */
export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && (b & 0x40))) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

export const I32 = 0x7f, V128 = 0x7b;

/** A vector of encoded items (its length, then the items). */
export const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (t: string): number[] => [...uleb(t.length), ...Array.from(t, (ch) => ch.charCodeAt(0))];

export const localGet = (i: number): number[] => [0x20, ...uleb(i)];
export const localSet = (i: number): number[] => [0x21, ...uleb(i)];
export const localTee = (i: number): number[] => [0x22, ...uleb(i)];
export const i32Const = (v: number): number[] => [0x41, ...sleb(v)];
export const f64Const = (v: number): number[] => [0x44, ...new Uint8Array(new Float64Array([v]).buffer)];
/** f64.load at the address on the stack + offset (align 2^3). */
export const f64Load = (offset: number): number[] => [0x2b, 3, ...uleb(offset)];
export const I32_ADD = 0x6a, I32_GE_U = 0x4f;

/** A SIMD instruction (prefix 0xfd, opcode in LEB128). */
export const simd = (op: number): number[] => [0xfd, ...uleb(op)];
/** v128.load / v128.store at the address on the stack, offset 0 (align 2^3: doubles need not be 16-byte aligned). */
export const V128_LOAD = [...simd(0x00), 3, 0], V128_STORE = [...simd(0x0b), 3, 0];
export const F64X2_SPLAT = simd(0x14), F64X2_ADD = simd(0xf0), F64X2_SUB = simd(0xf1), F64X2_MUL = simd(0xf2);

/**
 * Loop structure: `block loop (exit when ${exit} is true) ${body} br loop end end`; `exit`
 * leaves an i32 on the stack.
 */
export const loop = (exit: number[], body: number[]): number[] => [0x02, 0x40, 0x03, 0x40, ...exit, 0x0d, 1, ...body, 0x0c, 0, 0x0b, 0x0b];

/** A function of a module: its export name, parameter and result types, locals (count, type) and code (without the final `end`). */
export interface WasmFunction {
  name: string;
  params: number[];
  results: number[];
  locals: [number, number][];
  code: number[];
}

/** A module of functions, each exported under its name, that imports its memory as env.memory (at least one page). */
export function moduleOf(functions: WasmFunction[]): Uint8Array<ArrayBuffer> {
  const bodies = functions.map((f) => {
    const body = [...vec(f.locals.map(([n, t]) => [...uleb(n), t])), ...f.code, 0x0b];
    return [...uleb(body.length), ...body];
  });
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, // "\0asm", version 1
    ...section(1, vec(functions.map((f) => [0x60, ...vec(f.params.map((t) => [t])), ...vec(f.results.map((t) => [t]))]))),
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, 1]])), // memory, min 1 page
    ...section(3, vec(functions.map((_, i) => uleb(i)))), // function i has type i
    ...section(7, vec(functions.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]))),
    ...section(10, vec(bodies)),
  ]);
}

/**
 * Compiles `bytes` on the first call and returns the module ever after; null where WebAssembly
 * (or its SIMD) is missing or may not be compiled: a page whose Content-Security-Policy lacks
 * 'wasm-unsafe-eval' (the app's own page; its worker, where the engine runs, has no such policy).
 * The engine's kernels then use their JavaScript loops, with the same bits.
 */
export function compileOnce(bytes: () => Uint8Array<ArrayBuffer>): () => WebAssembly.Module | null {
  let compiled: WebAssembly.Module | null | undefined;
  return () => {
    if (compiled === undefined) {
      compiled = null;
      try {
        const b = bytes();
        if (typeof WebAssembly === 'object' && WebAssembly.validate(b)) compiled = new WebAssembly.Module(b);
      } catch { /* refused (CSP): stay null */ }
    }
    return compiled;
  };
}
