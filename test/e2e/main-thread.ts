// Main-thread task measurement for the e2e tests: a Chromium trace (category "toplevel") of the
// page's renderer gives every task's wall time AND its thread (CPU) time. Wall time is what a
// user feels, but on an oversubscribed machine it includes the time the thread was descheduled;
// thread time is the work the page itself did. Windows are delimited by performance marks.
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';

/** One main-thread task: start (µs, trace clock), wall and thread duration (ms). */
export interface MainTask { ts: number; wallMs: number; cpuMs: number }

interface TraceEvent { name: string; cat: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number }

/** Starts tracing `page`; `stop(marks)` returns the main-thread tasks and the trace times of the named performance marks. */
export async function traceMainThread(context: BrowserContext, page: Page): Promise<{ stop(markNames: string[]): Promise<{ tasks: MainTask[]; marks: Map<string, number> }> }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] } });
  return {
    async stop(markNames) {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const marked = events.filter((e) => e.cat.includes('user_timing') && markNames.includes(e.name));
      const main = marked.length ? `${marked[0].pid}:${marked[0].tid}` : '';
      const tasks = events
        .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && `${e.pid}:${e.tid}` === main)
        .map((e) => ({ ts: e.ts, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 }));
      return { tasks, marks: new Map(marked.map((e) => [e.name, e.ts])) };
    },
  };
}

/** Tasks that start in [from, to) (trace µs). */
export const between = (tasks: MainTask[], from = -Infinity, to = Infinity): MainTask[] => tasks.filter((t) => t.ts >= from && t.ts < to);

export interface Figures {
  tasks: number;
  over50Wall: number;
  maxWallMs: number;
  maxCpuMs: number;
  /** Σ wall / Σ thread time: 1 when the thread ran whenever it had work, higher when it was descheduled. */
  wallPerCpu: number;
  topByCpu: { wallMs: number; cpuMs: number }[];
}

/** Figures of a window of tasks. */
export function figures(tasks: MainTask[]): Figures {
  const r = (x: number) => Math.round(x * 10) / 10;
  const sum = (f: (t: MainTask) => number) => tasks.reduce((s, t) => s + f(t), 0);
  return {
    tasks: tasks.length, over50Wall: tasks.filter((t) => t.wallMs > 50).length,
    wallPerCpu: Math.round((sum((t) => t.wallMs) / Math.max(1e-9, sum((t) => t.cpuMs))) * 100) / 100,
    maxWallMs: r(Math.max(0, ...tasks.map((t) => t.wallMs))), maxCpuMs: r(Math.max(0, ...tasks.map((t) => t.cpuMs))),
    topByCpu: [...tasks].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5).map((t) => ({ wallMs: r(t.wallMs), cpuMs: r(t.cpuMs) })),
  };
}

/** A long task the PerformanceObserver saw, with the trace task it was (wall and thread time). */
export interface LongTaskCause { startMs: number; durationMs: number; wallMs: number; cpuMs: number }

/**
 * Pairs each observed long task (performance.now() ms) with the trace task overlapping it most;
 * `offsetUs` maps page time to the trace clock (a mark's trace ts minus its performance.now() × 1000).
 * An observed task with no trace task reports wall and thread time as NaN.
 */
export function explainLongTasks(observed: { start: number; duration: number }[], tasks: MainTask[], offsetUs: number): LongTaskCause[] {
  return observed.map((o) => {
    const from = o.start * 1000 + offsetUs, to = from + o.duration * 1000;
    let best: MainTask | undefined, bestOverlap = 0;
    for (const t of tasks) {
      const overlap = Math.min(to, t.ts + t.wallMs * 1000) - Math.max(from, t.ts);
      if (overlap > bestOverlap) { best = t; bestOverlap = overlap; }
    }
    return { startMs: o.start, durationMs: o.duration, wallMs: best?.wallMs ?? NaN, cpuMs: best?.cpuMs ?? NaN };
  });
}

/** An init script (add it before the page's scripts): every main-thread long task the page sees, in window.__longTasks. */
export const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });`;

/** A task counts as waiting for a core when its wall time is at least this many times its thread time. */
const DESCHEDULED = 1.25;

/**
 * Long tasks while a scenario runs, from the PerformanceObserver (wall time) and from the trace
 * (wall and thread time): the whole run (first renders included) and, when `t1` is given, its
 * steady phase. Written to .ci-out/<name>.json and printed.
 *
 * Asserted: the page causes no long task. Every task the observer reports over 50 ms while the
 * scenario runs is found in the trace and must be one the page did not cause: its thread time (the
 * page's own work) ≤ 50 ms and its wall time at least DESCHEDULED × that, i.e. the thread spent a
 * fifth of it or more waiting for a core (this VM has two, shared with the worker, the GPU process
 * and the server). And no task of the run, observed or not, does more than 50 ms of work.
 * `marks` must hold 'run-start' and 'run-end' (and 'steady-start' with t1); t0/t1 are the
 * performance.now() of run-start and steady-start.
 */
export function checkLongTasks(name: string, observed: { start: number; duration: number }[], tasks: MainTask[], marks: Map<string, number>, at: { t0: number; t1?: number }): void {
  const load = loadavg()[0] / cpus().length;
  const runFrom = marks.get('run-start'), end = marks.get('run-end');
  const steadyFrom = at.t1 !== undefined ? marks.get('steady-start') : undefined;
  const observer = (from: number) => { const x = observed.filter((e) => e.start >= from); return { count: x.length, maxMs: Math.max(0, ...x.map((e) => e.duration)) }; };
  const causes = explainLongTasks(observed.filter((e) => e.start >= at.t0), tasks, (runFrom ?? NaN) - at.t0 * 1000);
  const report = {
    loadPerCore: Math.round(load * 100) / 100,
    observer: { running: observer(at.t0), ...(at.t1 !== undefined ? { steady: observer(at.t1) } : {}) },
    trace: { load: figures(between(tasks, -Infinity, runFrom)), running: figures(between(tasks, runFrom, end)), ...(steadyFrom !== undefined ? { steady: figures(between(tasks, steadyFrom, end)) } : {}) },
    observed, causes,
  };
  writeFileSync(`.ci-out/${name}.json`, JSON.stringify(report, null, 2));
  const f = report.trace;
  console.log(`${name} (load ${load.toFixed(2)}/core): long tasks seen by the page while running ${report.observer.running.count} (max ${report.observer.running.maxMs} ms)`
    + (report.observer.steady ? `, in the steady phase ${report.observer.steady.count} (max ${report.observer.steady.maxMs} ms)` : '')
    + `; trace max wall/thread ms: page load ${f.load.maxWallMs}/${f.load.maxCpuMs}, running ${f.running.maxWallMs}/${f.running.maxCpuMs}`
    + (f.steady ? `, steady ${f.steady.maxWallMs}/${f.steady.maxCpuMs} (wall per thread time ${f.steady.wallPerCpu})` : '')
    + (causes.length ? `; the observed long tasks in the trace (wall/thread ms): ${causes.map((c) => `${c.wallMs.toFixed(1)}/${c.cpuMs.toFixed(1)}`).join(', ')}` : ''));
  expect(runFrom).toBeDefined();
  expect(end).toBeDefined();
  if (at.t1 !== undefined) expect(steadyFrom, "the trace holds the 'steady-start' mark").toBeDefined();
  if (f.steady) expect(f.steady.tasks).toBeGreaterThan(20);
  expect(f.running.maxCpuMs).toBeLessThanOrEqual(50);
  for (const c of causes) {
    expect(c.cpuMs, `long task at ${c.startMs.toFixed(0)} ms (${c.durationMs} ms) found in the trace`).not.toBeNaN();
    expect(c.cpuMs, `long task at ${c.startMs.toFixed(0)} ms: the page's own work`).toBeLessThanOrEqual(50);
    expect(c.wallMs, `long task at ${c.startMs.toFixed(0)} ms: ${c.wallMs.toFixed(1)} ms wall for ${c.cpuMs.toFixed(1)} ms of work is the page's own, not waiting for a core`).toBeGreaterThanOrEqual(DESCHEDULED * c.cpuMs);
  }
}
