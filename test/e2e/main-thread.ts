// Main-thread task measurement for the e2e tests: a Chromium trace (category "toplevel") of the
// page's renderer gives every task's wall time AND its thread (CPU) time. Wall time is what a
// user feels, but on an oversubscribed machine it includes the time the thread was descheduled;
// thread time is the work the page itself did. Windows are delimited by performance marks.
import type { BrowserContext, Page } from 'playwright-core';

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
