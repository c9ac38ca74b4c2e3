import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import schema from './sweep-schema.json';
import { schemaProblems } from './schema-problems';

/** A value a swept parameter takes. */
export type ParamValue = number | string | boolean;

/** An inclusive range: from, from + step, … up to `to`. */
export interface RangeSpec { from: number; to: number; step: number }

/** A sweep spec as written (see `sweep-schema.json`, which is the reference). */
export interface SweepSpec {
  name?: string;
  description?: string;
  /** Base scenario: a shipped name or a JSON file (relative to the spec file's folder). */
  scenario: string;
  /** The sweep's seed; each run's seed is derived from it and the run's index. */
  seed: number;
  /** Horizon in years; default: the scenario's. */
  years?: number;
  /** Runs per parameter point; default 1. */
  replications?: number;
  /** What each result keeps; default "summary". */
  keep?: 'series' | 'summary';
  /** Parameter path → values (a list or a range). */
  vary?: Record<string, ParamValue[] | RangeSpec>;
}

/** A bad sweep spec: every problem, each as "path: reason". The CLI exits 2 on it. */
export class SweepSpecError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SweepSpecError';
  }
}

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true }).compile(schema);

/** Validates a raw spec against the schema, reporting every problem at once. */
export function parseSweepSpec(raw: unknown): SweepSpec {
  if (!validate(raw)) throw new SweepSpecError(schemaProblems(validate.errors));
  const spec = raw as unknown as SweepSpec;
  if (spec.years !== undefined && spec.vary && 'years' in spec.vary) throw new SweepSpecError(['vary.years: the spec\'s "years" already fixes the horizon; keep one of them']);
  return spec;
}

/** Reads and validates a spec file; problems are prefixed with the file name. */
export function loadSweepSpec(path: string): SweepSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SweepSpecError([`${path}: no such readable file`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SweepSpecError([`${path}: not valid JSON (${(e as Error).message})`]);
  }
  try {
    return parseSweepSpec(raw);
  } catch (e) {
    if (e instanceof SweepSpecError) throw new SweepSpecError(e.problems.map((p) => `${path}: ${p}`));
    throw e;
  }
}
