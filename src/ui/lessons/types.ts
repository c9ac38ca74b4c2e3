/**
 * What a lesson is made of: steps that each set up a scenario state, say what to watch and ask
 * for one action. Lessons are data (the files `lesson-*.ts`); every text is a message key, so
 * both languages come from the catalogues.
 */
import type { MessageKey } from '../i18n';
import type { Tab } from '../app-tabs';
import type { GlossaryTerm } from '../glossary/terms';

/** A scenario state: a shipped scenario with overrides, extra events, a seed and a horizon. */
export interface StepSetup {
  /** Name in SHIPPED_SCENARIOS (e.g. 'teaching', 'yrd'). */
  scenario: string;
  /** Deep-merged into the raw scenario (same shape as the scenario file, e.g. { params: { barrier: 0.8 } }). */
  overrides?: Record<string, unknown>;
  /** Events appended to the scenario's own (raw, as in the file). */
  events?: Record<string, unknown>[];
  seed: number;
  years: number;
}

/**
 * How a prediction is checked against the engine's own runs (the step's run and, where named,
 * a baseline run): each kind names the choice the runs bear out.
 * - peakTiming: earlier / later / same / none — the turning point against the baseline's.
 * - metricVs: higher / lower — a run figure (maximum CV, final core shares) against the baseline's.
 * - highestPeak: the scenario (choice id = scenario name) whose CV peaks highest among `others` and the step's.
 * - shockHit: specialised / diversified — which city the shock hits harder (Martin sensitivity).
 */
export type Judge =
  | { kind: 'peakTiming'; baseline: StepSetup }
  | { kind: 'metricVs'; metric: OutcomeFigure; baseline: StepSetup }
  | { kind: 'highestPeak'; others: StepSetup[] }
  | { kind: 'shockHit' };

/** Run figures a metricVs judge can compare. */
export type OutcomeFigure = 'maxCv' | 'finalCv' | 'finalCoreShareManufacturing' | 'finalCoreShareInnovation';

export interface Choice {
  id: string;
  label: MessageKey;
}

/** The student's action for a step. */
export type StepAction =
  | { kind: 'play' }
  | { kind: 'change'; /** What to change, e.g. a key parameter or an event. */ hint: MessageKey; tab: Tab }
  | { kind: 'predict'; question: MessageKey; choices: Choice[]; judge: Judge; explain: MessageKey }
  | { kind: 'tomahawk'; question: MessageKey; choices: Choice[]; explain: MessageKey; /** Where on the diagram the question looks. */ at: TomahawkRegion };

/** A part of the tomahawk diagram: between the sustain and break points, or freer than the break point. */
export type TomahawkRegion = 'band' | 'above';

export interface LessonStep {
  title: MessageKey;
  /** Two or three sentences: what to watch. */
  watch: MessageKey;
  /** Null for a step that only shows the tomahawk diagram (the current run stays). */
  setup: StepSetup | null;
  action: StepAction;
  /** The tab to show under the main views (e.g. 'structure' for the core-share chart). */
  tab?: Tab;
  /** Glossary entries worth opening at this step. */
  terms?: GlossaryTerm[];
}

export interface Lesson {
  /** 1-based number used in links (?lesson=N&step=M). */
  id: number;
  title: MessageKey;
  summary: MessageKey;
  steps: LessonStep[];
}
