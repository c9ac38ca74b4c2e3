// The e2e long-task check pairs what the page's PerformanceObserver saw with the trace's tasks;
// a wrong pairing would excuse (or blame) the wrong task.
import { describe, it, expect } from 'vitest';
import { explainLongTasks, type MainTask } from '../e2e/main-thread';

describe('explainLongTasks', () => {
  // Trace clock = page time × 1000 + 5e6 µs.
  const offsetUs = 5e6;
  const tasks: MainTask[] = [
    { ts: 5e6 + 100_000, wallMs: 10, cpuMs: 9 },
    { ts: 5e6 + 200_000, wallMs: 53, cpuMs: 18 },
    { ts: 5e6 + 253_500, wallMs: 60, cpuMs: 55 },
  ];

  it('finds the trace task that overlaps each observed task most', () => {
    const c = explainLongTasks([{ start: 200, duration: 53 }, { start: 254, duration: 60 }], tasks, offsetUs);
    expect(c.map((x) => [x.wallMs, x.cpuMs])).toEqual([[53, 18], [60, 55]]);
  });

  it('reports NaN when no trace task overlaps', () => {
    const [c] = explainLongTasks([{ start: 1000, duration: 70 }], tasks, offsetUs);
    expect(c.cpuMs).toBeNaN();
    expect(c.wallMs).toBeNaN();
  });
});
