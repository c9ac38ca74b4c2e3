/** localStorage persistence of the edited scenario and pinned runs; tolerant of absent or corrupt data. */

const SCENARIO_KEY = 'spillover.scenario';
const PINS_KEY = 'spillover.pins';

/** The applied scenario, the draft being edited (when it differs) and the seed. */
export interface SavedScenario {
  scenario: unknown;
  draft?: unknown;
  seed: number | string;
  years?: number;
}

/** A pinned run: what it was and its CV curve. */
export interface PinnedRun {
  scenario: unknown;
  /** The engine's resolved scenario (defaults filled in), for the label; absent in pins saved before it existed. */
  resolved?: unknown;
  seed: number | string;
  years?: number;
  startYear: number;
  cv: number[];
}

/** At most this many pinned runs are kept (the oldest go first). */
export const MAX_PINS = 5;

function read<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the app works without persistence.
  }
}

export const loadScenario = (): SavedScenario | null => read<SavedScenario>(SCENARIO_KEY);
export const saveScenario = (s: SavedScenario): void => write(SCENARIO_KEY, s);
export const loadPins = (): PinnedRun[] => read<PinnedRun[]>(PINS_KEY) ?? [];
export const savePins = (pins: PinnedRun[]): void => write(PINS_KEY, pins.slice(-MAX_PINS));
