import { describe, expect, it } from 'vitest';
import { Scratch } from '../../src/sim/scratch';

describe('Scratch', () => {
  it('gives the same array back to the same name, zero-filled again', () => {
    const s = new Scratch();
    const a = s.f64('a', 4);
    a.set([1, 2, 3, 4]);
    const again = s.f64('a', 4);
    expect(again).toBe(a);
    expect(Array.from(again)).toEqual([0, 0, 0, 0]);
  });

  it('never shares an array between two names or two kinds', () => {
    const s = new Scratch();
    const a = s.f64('a', 3), b = s.f64('b', 3);
    a[0] = 5;
    expect(b[0]).toBe(0);
    const i = s.i32('a', 3);
    expect(i).not.toBe(a as unknown);
    expect(i[0]).toBe(0); // not a view of the f64 array written above
    expect(s.u8('a', 3)).toBeInstanceOf(Uint8Array);
    expect(s.f64('a', 3)[0]).toBe(0);
  });

  it('allocates anew when the length changes', () => {
    const s = new Scratch();
    const a = s.i32('x', 2);
    const b = s.i32('x', 5);
    expect(b).not.toBe(a);
    expect(b.length).toBe(5);
    expect(s.i32('x', 5)).toBe(b);
  });
});
