/**
 * The tabbed views under the main ones: structure (LQ heatmap, per-city GDP, core shares),
 * scenario, replications, share and export. Rendered by the app root from its state.
 */
import { html, nothing } from 'lit';
import { SHIPPED_SCENARIOS } from '../scenario/shipped';
import { t } from './i18n';
import { seriesCsv, runJson, download } from './run-export';
import { OKABE_ITO } from './uplot-host';
import type { SeriesLine } from './series-chart';
import type { SpilloverApp } from './spillover-app';
import type { RunStore } from './run-store';
import './lq-heatmap';
import './series-chart';
import './scenario-panel';
import './replication-panel';
import './index-readouts';
import { renderLessonList } from './app-teaching';
import { locale } from './i18n';
import { localCities, localSectors } from './local-names';

export const TABS = ['lessons', 'structure', 'scenario', 'replications', 'export'] as const;
export type Tab = (typeof TABS)[number];

const TIER_COLOUR: Record<string, string> = { core: OKABE_ITO[5], large: OKABE_ITO[0], medium: OKABE_ITO[2], small: OKABE_ITO[3] };

/** Arrow keys move between tabs (WAI-ARIA tabs pattern). */
function onTabKey(app: SpilloverApp, e: KeyboardEvent): void {
  const k = TABS.indexOf(app.tab);
  const next = e.key === 'ArrowRight' ? TABS[(k + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(k + TABS.length - 1) % TABS.length] : null;
  if (!next) return;
  app.tab = next;
  void app.updateComplete.then(() => app.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
}

export function renderTabs(app: SpilloverApp) {
  return html`
    <div role="tablist" aria-label=${t('tabs.label')} @keydown=${(e: KeyboardEvent) => onTabKey(app, e)}>
      ${TABS.map((tab) => html`<button role="tab" id=${`tab-${tab}`} data-testid=${`tab-${tab}`} aria-selected=${tab === app.tab ? 'true' : 'false'}
        aria-controls="tabpanel" tabindex=${tab === app.tab ? 0 : -1} @click=${() => { app.tab = tab; }}>${t(`tabs.${tab}`)}</button>`)}
    </div>
    <section role="tabpanel" id="tabpanel" aria-labelledby=${`tab-${app.tab}`} data-testid=${`panel-${app.tab}`}>
      ${app.tab === 'lessons' ? renderLessonList(app) : app.tab === 'structure' ? structure(app) : app.tab === 'scenario' ? scenario(app) : app.tab === 'replications' ? replications(app) : exports(app)}
    </section>`;
}

/** Lines per store, built once so the charts see the same array until the run changes. */
const linesCache = new WeakMap<RunStore, { lang: string; names: string[]; cities: SeriesLine[]; core: SeriesLine[] }>();

function structure(app: SpilloverApp) {
  const store = app.sim.store;
  const { lq, cities, core } = app.view.lanes;
  if (!store) return nothing;
  let lines = linesCache.get(store);
  if (!lines || lines.lang !== locale()) {
    lines = { lang: locale(), ...structureLines(store) };
    linesCache.set(store, lines);
  }
  const { meta } = store, r = lq.length - 1;
  const m = store.metrics;
  return html`<div class="structure">
    <div><h2>${t('lq.title')}</h2><lq-heatmap .cities=${lines.names} .sectors=${localSectors(meta)} .years=${store.years}
      .lq=${store.lq} .length=${lq.length} .version=${lq.version}></lq-heatmap></div>
    <div>
      <series-chart heading=${t('cities.title')} .years=${store.years} .length=${cities.length} .lines=${lines.cities} .version=${cities.version}></series-chart>
      <series-chart heading=${t('core.title')} .years=${store.years} .length=${core.length} .lines=${lines.core} .version=${core.version}></series-chart>
      <index-readouts .year=${r >= 0 ? store.years[r] : 0} .values=${r >= 0 ? { moranI: m.moranI[r], theilBetween: m.theilBetween[r], theilWithin: m.theilWithin[r], meanDiversity: m.meanDiversity[r], meanSpecialization: m.meanSpecialization[r] } : null}
        .hasShock=${meta.scenario.events.some((e) => e.type === 'shock')} .resilience=${app.teaching.resilienceOf(store)}
        .cities=${meta.scenario.cities} .sectors=${localSectors(meta)}></index-readouts>
    </div>
  </div>`;
}

function structureLines(store: RunStore): { names: string[]; cities: SeriesLine[]; core: SeriesLine[] } {
  const { meta, N } = store;
  const cityLines: SeriesLine[] = localCities(meta).map((c, i) => ({
    label: c.name, colour: TIER_COLOUR[c.tier] ?? '#666', value: (r: number) => store.gdpPerCapita[r * N + i],
    ...(c.tier === 'medium' || c.tier === 'small' ? { dash: i % 2 ? [6, 3] : [] } : {}),
  }));
  const coreLines: SeriesLine[] = [
    { label: t('core.manufacturing'), colour: OKABE_ITO[1], value: (r: number) => store.metrics.coreShareManufacturing[r] },
    { label: t('core.innovation'), colour: OKABE_ITO[0], value: (r: number) => store.metrics.coreShareInnovation[r] },
  ];
  return { names: localCities(meta).map((c) => c.name), cities: cityLines, core: coreLines };
}

function scenario(app: SpilloverApp) {
  const meta = app.sim.store?.meta;
  return html`<scenario-panel .draft=${app.draft ?? {}} .applied=${app.applied ?? {}} .shipped=${Object.keys(SHIPPED_SCENARIOS)}
    .cities=${meta?.cities.map((c) => c.name) ?? []} .sectors=${meta?.sectors.map((s) => s.id) ?? []}
    .validator=${(raw: unknown) => app.sim.check(raw)}
    @draft-change=${(e: CustomEvent<{ raw: Record<string, unknown> }>) => { app.draft = e.detail.raw; }}
    @scenario-apply=${(e: CustomEvent<{ raw: Record<string, unknown> }>) => app.applyScenario(e.detail.raw)}
    @scenario-pick=${(e: CustomEvent<{ name: string }>) => app.pickShipped(e.detail.name)}></scenario-panel>`;
}

function replications(app: SpilloverApp) {
  const meta = app.sim.store?.meta;
  return html`<replication-panel .scenario=${app.applied} .seed=${app.seed} .years=${app.years ?? meta?.scenario.years ?? 0}
    .startYear=${meta?.scenario.startYear ?? 0}></replication-panel>`;
}

function exports(app: SpilloverApp) {
  const store = app.sim.store;
  const name = String(app.applied?.name ?? 'run');
  return html`<div class="export">
    <button data-testid="share" @click=${() => app.share()}>${t('export.share')}</button>
    ${app.shareLink ? html`<label>${t('export.link')} <input readonly data-testid="share-link" .value=${app.shareLink}></label>
      <span role="status">${t('export.shareDone')}</span>` : nothing}
    <button data-testid="export-csv" ?disabled=${!store?.length} @click=${() => store && download(`${name}-seed${app.seed}.csv`, seriesCsv(store), 'text/csv')}>${t('export.csv')}</button>
    <button data-testid="export-json" ?disabled=${!store?.length} @click=${() => store && download(`${name}-seed${app.seed}.json`, runJson(store, app.applied), 'application/json')}>${t('export.json')}</button>
    <span>${t('export.hash')}: <code data-testid="hash">${store?.hash ?? '—'}</code></span>
  </div>`;
}
