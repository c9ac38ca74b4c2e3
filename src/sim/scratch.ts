/**
 * Work arrays a phase needs for one year, kept from one year to the next. A new typed array
 * costs ~2 µs (its buffer is allocated outside the JavaScript heap and later swept), and the
 * phases of a tick used ~35 of them: a tenth of a 26-city tick at 10,000 firms. Each call site
 * names its own array, so two phases never share one; every array comes back zero-filled, as
 * `new` would give it.
 */
export class Scratch {
  private readonly f64s = new Map<string, Float64Array>();
  private readonly i32s = new Map<string, Int32Array>();
  private readonly u8s = new Map<string, Uint8Array>();

  f64(name: string, length: number): Float64Array {
    return take(this.f64s, name, length, (n) => new Float64Array(n));
  }

  i32(name: string, length: number): Int32Array {
    return take(this.i32s, name, length, (n) => new Int32Array(n));
  }

  u8(name: string, length: number): Uint8Array {
    return take(this.u8s, name, length, (n) => new Uint8Array(n));
  }
}

function take<A extends Float64Array | Int32Array | Uint8Array>(pool: Map<string, A>, name: string, length: number, make: (n: number) => A): A {
  const a = pool.get(name);
  if (a && a.length === length) { a.fill(0); return a; }
  const fresh = make(length);
  pool.set(name, fresh);
  return fresh;
}
