/**
 * Which run the page opens with: a shared link in the URL hash first, then the scenario saved
 * in this browser, then the default shipped scenario. URL query options (`years`, `seed`,
 * `speed`, `play=0`) override, so a test or a lesson can ask for a short run.
 */
import { SHIPPED_SCENARIOS, DEFAULT_SCENARIO } from '../scenario/shipped';
import { ENGINE_VERSION } from '../sim/summary';
import { decodeShare } from './share-link';
import { loadScenario } from './persist';
import { t } from './i18n';

export interface InitialRun {
  scenario: unknown;
  draft: unknown;
  seed: number | string;
  years?: number;
  speed?: number;
  play: boolean;
  /** A warning or error to show in a banner (a link from another engine version, a corrupt link). */
  banner: string;
}

const int = (v: string | null): number | undefined => (v !== null && /^\d+$/.test(v) ? Number(v) : undefined);

/** Resolves the opening run from `location`-like parts and localStorage. */
export async function initialRun(search: string, hash: string): Promise<InitialRun> {
  const q = new URLSearchParams(search);
  const base = { speed: int(q.get('speed')), play: q.get('play') !== '0', banner: '' };
  let run: Omit<InitialRun, 'speed' | 'play' | 'banner'> = {
    scenario: SHIPPED_SCENARIOS[DEFAULT_SCENARIO], draft: SHIPPED_SCENARIOS[DEFAULT_SCENARIO], seed: 1,
  };
  const saved = loadScenario();
  if (saved && saved.scenario && typeof saved.scenario === 'object') {
    run = { scenario: saved.scenario, draft: saved.draft ?? saved.scenario, seed: saved.seed ?? 1, ...(saved.years ? { years: saved.years } : {}) };
  }
  if (hash.length > 1) {
    try {
      const shared = await decodeShare(hash);
      if (shared) {
        run = { scenario: shared.scenario, draft: shared.scenario, seed: shared.seed, ...(shared.years ? { years: shared.years } : {}) };
        if (shared.engineVersion !== ENGINE_VERSION) base.banner = t('app.versionWarning', { linkVersion: shared.engineVersion, version: ENGINE_VERSION });
      }
    } catch (e) {
      base.banner = t('app.linkError', { message: e instanceof Error ? e.message : String(e) });
    }
  }
  const years = int(q.get('years')), seed = int(q.get('seed'));
  return { ...run, ...base, ...(years ? { years } : {}), ...(seed !== undefined ? { seed } : {}) };
}
