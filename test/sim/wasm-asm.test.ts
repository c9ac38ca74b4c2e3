import { describe, it, expect, vi, afterEach } from 'vitest';
import { compileOnce, I32, i32Const, localGet, moduleOf } from '../../src/sim/wasm-asm';

// add(a, b) = a + b: the smallest module that shows the encodings work end to end.
const addModule = () => moduleOf([{ name: 'add', params: [I32, I32], results: [I32], locals: [], code: [...localGet(0), ...localGet(1), 0x6a] }]);

describe('wasm-asm: a module of functions, compiled once', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('assembles a module whose function runs', () => {
    const module = compileOnce(addModule)();
    expect(module).not.toBeNull();
    const memory = new WebAssembly.Memory({ initial: 1 });
    const add = new WebAssembly.Instance(module!, { env: { memory } }).exports.add as (a: number, b: number) => number;
    expect(add(40, 2)).toBe(42);
    expect(i32Const(-1023)).toEqual([0x41, 0x81, 0x78]); // signed LEB128
  });

  it('compiles on the first call only', () => {
    const bytes = vi.fn(addModule);
    const get = compileOnce(bytes);
    expect(bytes).not.toHaveBeenCalled();
    const first = get();
    expect(get()).toBe(first);
    expect(bytes).toHaveBeenCalledTimes(1);
  });

  it('gives null, without throwing, for bytes that do not validate and where compiling is refused (a page\'s Content-Security-Policy)', () => {
    expect(compileOnce(() => new Uint8Array([0, 1, 2]))()).toBeNull();
    vi.spyOn(WebAssembly, 'Module').mockImplementation(() => { throw new WebAssembly.CompileError('refused by CSP'); });
    expect(compileOnce(addModule)()).toBeNull();
  });

  it("importing the engine compiles no WebAssembly: the app's page may not (its CSP), and imports the engine's modules", async () => {
    vi.resetModules();
    const compile = vi.spyOn(WebAssembly, 'Module');
    await import('../../src/sim/index');
    await import('../../src/scenario/resolve');
    expect(compile).not.toHaveBeenCalled();
  });
});
