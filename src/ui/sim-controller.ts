/**
 * A Lit reactive controller that owns the engine worker and the frame loop. The worker advances
 * several years per message; the host re-renders at most once per animation frame, and only
 * when new rows arrived.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RunStore } from './run-store';
import { spawnEngine, watchdogFromUrl, type EngineHandle } from './engine-worker';
import type { RunSummary } from '../sim/summary';
import { t } from './i18n';

export type RunStatus = 'loading' | 'idle' | 'running' | 'paused' | 'done' | 'cancelled' | 'error';

/** Speeds offered, in years per second; 0 = as fast as the worker goes. */
export const SPEEDS = [1, 2, 5, 10, 20, 0] as const;

/** Years per message at full speed: several, so messaging costs little, few enough to draw often. */
const MAX_CHUNK = 3;

/**
 * How long the engine may take to answer a request before the run is declared stopped. A worker
 * killed from outside (out of memory, a crashed process) may never send an error event; without
 * this the page would wait forever. Three years of the largest scenario allowed take ~10 s here.
 */
export const WATCHDOG_MS = 60_000;

/** `promise`, or a rejection with `message` if it has not settled after `ms`. */
function withDeadline<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(message())), ms); });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export class SimController implements ReactiveController {
  status: RunStatus = 'loading';
  store: RunStore | null = null;
  /** Validation problems of the last `start`, or an engine error message. */
  problems: string[] = [];
  error: string | null = null;
  speed: number = 0;
  private engine: EngineHandle | null = null;
  private inFlight = false;
  /** Bumped by start/cancel: answers to older requests are dropped. */
  private generation = 0;
  private budget = 0;
  private lastFrame = 0;
  private frame = 0;
  private dirty = false;
  private pendingStep = false;
  private last: { raw: unknown; seed: number | string; years?: number } | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly spawn = spawnEngine, private readonly watchdogMs = watchdogFromUrl() ?? WATCHDOG_MS) {
    host.addController(this);
  }

  hostConnected(): void {
    this.frame = requestAnimationFrame(this.tick);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.engine?.terminate();
    this.engine = null;
  }

  private ensureEngine(): EngineHandle {
    this.engine ??= this.spawn((message) => this.fail(message));
    return this.engine;
  }

  /** Validates `raw` in the worker and starts a run at year 0; plays when `play`. */
  async start(raw: unknown, seed: number | string, years?: number, play = true): Promise<boolean> {
    const gen = ++this.generation;
    this.last = { raw, seed, years };
    this.status = 'loading';
    this.error = null;
    this.inFlight = false;
    this.host.requestUpdate();
    try {
      const r = await this.answer(this.ensureEngine().remote.create(raw, seed, years));
      if (gen !== this.generation) return false;
      if (!r.ok) {
        this.problems = r.problems;
        this.store = null;
        this.status = 'error';
        this.error = null;
        this.host.requestUpdate();
        return false;
      }
      this.problems = [];
      this.store = new RunStore(r.meta);
      this.status = play ? 'running' : 'idle';
      this.budget = 0;
      this.host.requestUpdate();
      return true;
    } catch (e) {
      if (gen === this.generation) this.fail(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  /** Validates a raw scenario without touching the run. */
  async check(raw: unknown): Promise<string[]> {
    const r = await this.ensureEngine().remote.check(raw);
    return r.ok ? [] : r.problems;
  }

  /** The run's summary (resilience readouts and final figures); null without a run. */
  async summary(): Promise<RunSummary | null> {
    return this.engine && this.store ? this.engine.remote.summary() : null;
  }

  /** The latest recorded year's N×S employment (for the glossary's worked examples). */
  async employment(): Promise<{ year: number; employment: Float64Array } | null> {
    return this.engine && this.store ? this.engine.remote.employment() : null;
  }

  play(): void {
    if (this.store && !this.store.done && this.status !== 'error') this.setStatus('running');
  }

  pause(): void {
    if (this.status === 'running') this.setStatus('paused');
  }

  /** One year, then paused. */
  stepOnce(): void {
    if (!this.store || this.store.done || this.status === 'error') return;
    this.pendingStep = true;
    this.setStatus('paused');
  }

  /** Back to the start year of the same scenario and seed (paused). */
  reset(): Promise<boolean> {
    return this.last ? this.start(this.last.raw, this.last.seed, this.last.years, false) : Promise.resolve(false);
  }

  /** Stops at once: the worker is terminated (whatever it was computing) and a fresh one waits. */
  cancel(): void {
    this.generation++;
    this.engine?.terminate();
    this.engine = null;
    this.inFlight = false;
    this.pendingStep = false;
    if (this.store) this.setStatus('cancelled');
  }

  /** After an error: a fresh worker, and the last run started again. */
  async restart(): Promise<void> {
    this.cancel();
    this.error = null;
    if (this.last) await this.start(this.last.raw, this.last.seed, this.last.years, true);
  }

  setSpeed(yearsPerSecond: number): void {
    this.speed = yearsPerSecond;
    this.budget = 0;
    this.host.requestUpdate();
  }

  /** Asks for one more host render on the next animation frame (at most one per frame). */
  renderNextFrame(): void {
    this.dirty = true;
  }

  /** The engine's answer, or an error once the watchdog's time has passed without one. */
  private answer<T>(request: T): Promise<Awaited<T>> {
    return withDeadline(Promise.resolve(request), this.watchdogMs, () => t('app.engineTimeout', { seconds: Math.round(this.watchdogMs / 1000) }));
  }

  private setStatus(s: RunStatus): void {
    this.status = s;
    this.host.requestUpdate();
  }

  private fail(message: string): void {
    this.generation++;
    this.error = message;
    this.status = 'error';
    this.inFlight = false;
    this.engine?.terminate();
    this.engine = null;
    this.host.requestUpdate();
  }

  private tick = (now: number): void => {
    this.frame = requestAnimationFrame(this.tick);
    const dt = this.lastFrame ? Math.min(now - this.lastFrame, 250) : 0;
    this.lastFrame = now;
    if (this.dirty) {
      this.dirty = false;
      this.host.requestUpdate();
    }
    if (this.inFlight || !this.store || this.store.done) return;
    let years = 0;
    if (this.pendingStep) {
      years = 1;
      this.pendingStep = false;
    } else if (this.status === 'running') {
      if (this.speed <= 0) years = MAX_CHUNK;
      else {
        this.budget = Math.min(this.budget + (this.speed * dt) / 1000, MAX_CHUNK);
        years = Math.floor(this.budget);
        this.budget -= years;
      }
    }
    if (years > 0) void this.request(years);
  };

  private async request(years: number): Promise<void> {
    const gen = this.generation;
    const store = this.store;
    this.inFlight = true;
    try {
      const chunk = await this.answer(this.ensureEngine().remote.advance(years));
      if (gen !== this.generation || !store || store !== this.store || !chunk) return;
      store.append(chunk);
      if (chunk.done) this.status = 'done';
      this.dirty = true;
    } catch (e) {
      if (gen === this.generation) this.fail(e instanceof Error ? e.message : String(e));
    } finally {
      if (gen === this.generation) this.inFlight = false;
    }
  }
}
