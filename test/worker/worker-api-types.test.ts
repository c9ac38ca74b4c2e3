import { describe, it, expectTypeOf } from 'vitest';
import type * as Comlink from 'comlink';
import type { EngineApi, RunChunk, CreateResult, CheckResult } from '../../src/sim/worker-api';
import type { RunSummary } from '../../src/sim';

// Compile-time checks (tsc -p . runs them): what the main thread sees through Comlink.wrap.
type Remote = Comlink.Remote<EngineApi>;
type Result<K extends keyof Remote> = Remote[K] extends (...a: never[]) => infer R ? Awaited<R> : never;

describe('worker API types', () => {
  it('every call takes and returns plain data', () => {
    expectTypeOf<Remote['create']>().parameters.toEqualTypeOf<[raw: unknown, runSeed: number | string, years?: number | undefined]>();
    expectTypeOf<ReturnType<Remote['advance']>>().toExtend<Promise<unknown>>();
    expectTypeOf<Result<'create'>>().toEqualTypeOf<CreateResult>();
    expectTypeOf<Result<'check'>>().toEqualTypeOf<CheckResult>();
    expectTypeOf<Result<'advance'>>().toEqualTypeOf<RunChunk | null>();
    expectTypeOf<Result<'summary'>>().toEqualTypeOf<RunSummary | null>();
    expectTypeOf<Result<'reset'>>().toEqualTypeOf<void>();
  });

  it('series cross as typed arrays', () => {
    expectTypeOf<RunChunk['years']>().toEqualTypeOf<Float64Array>();
    expectTypeOf<RunChunk['metrics']['cv']>().toEqualTypeOf<Float64Array>();
    expectTypeOf<RunChunk['dominantGroup']>().toEqualTypeOf<Uint8Array>();
    // @ts-expect-error: no metric of that name
    expectTypeOf<RunChunk['metrics']['nope']>();
  });
});
