/**
 * Readouts of the indices the charts do not draw: Moran's I, Theil between and within
 * provinces, mean diversity and mean Krugman specialisation (this year); and the Martin
 * resilience table of each shock once the run has passed it. Each with its ⓘ.
 */
import { LitElement, html, css, nothing } from 'lit';
import { t, fmt, fmtYear, fmtPercent, localName } from './i18n';
import { infoButton, infoButtonStyles } from './glossary/info-button';
import type { GlossaryTerm } from './glossary/terms';
import type { ResilienceReadout } from '../sim/summary';

export interface IndexValues {
  moranI: number;
  theilBetween: number;
  theilWithin: number;
  meanDiversity: number;
  meanSpecialization: number;
}

export class IndexReadouts extends LitElement {
  static override properties = {
    values: { attribute: false },
    year: { type: Number },
    resilience: { attribute: false },
    hasShock: { type: Boolean },
    cities: { attribute: false },
    sectors: { attribute: false },
  };

  static override styles = [infoButtonStyles, css`
    :host { display: block; }
    h3 { font-size: 1rem; margin: 0.4rem 0; }
    dl { display: grid; grid-template-columns: auto auto; gap: 0.2rem 1rem; margin: 0; }
    dt { color: #333; }
    dd { margin: 0; font-variant-numeric: tabular-nums; font-weight: 600; text-align: right; }
    table { border-collapse: collapse; font-size: 0.85rem; margin-top: 0.3rem; }
    th, td { padding: 0.15rem 0.5rem; text-align: left; border-bottom: 1px solid #eee; }
    td.n { text-align: right; font-variant-numeric: tabular-nums; }
  `];

  declare values: IndexValues | null;
  declare year: number;
  declare resilience: ResilienceReadout[] | null;
  declare hasShock: boolean;
  declare cities: { name: string; nameZh?: string }[];
  declare sectors: { id: string; name: string; nameZh?: string }[];

  constructor() {
    super();
    this.values = null;
    this.year = 0;
    this.resilience = null;
    this.hasShock = false;
    this.cities = [];
    this.sectors = [];
  }

  private row(label: string, term: GlossaryTerm, v: number, testid: string) {
    return html`<dt>${label}${infoButton(term)}</dt><dd data-testid=${testid}>${fmt(v, 3)}</dd>`;
  }

  private renderResilience() {
    if (!this.hasShock) return html`<p>${t('resilience.none')}</p>`;
    if (!this.resilience?.length) return html`<p>${t('resilience.pending')}</p>`;
    const city = (name: string) => localName(this.cities.find((c) => c.name === name) ?? { name });
    const sector = (id: string) => localName(this.sectors.find((s) => s.id === id) ?? { name: id });
    return this.resilience.map((r) => html`<p>${t('resilience.shock', { sector: sector(r.sector), from: fmtYear(r.year - 1), until: fmtYear(r.until), change: fmtPercent(r.clusterChange) })}</p>
      <table data-testid="resilience-table"><thead><tr><th>${t('resilience.city')}</th><th>${t('resilience.beta')}</th></tr></thead>
      <tbody>${Object.entries(r.cities).sort((a, b) => b[1] - a[1]).map(([name, b]) => html`<tr><td>${city(name)}</td><td class="n">${fmt(b, 2)}</td></tr>`)}</tbody></table>`);
  }

  override render() {
    const v = this.values;
    return html`
      <h3>${t('indices.title', { year: this.year ? fmtYear(this.year) : '—' })}</h3>
      ${v ? html`<dl>
        ${this.row(t('indices.moran'), 'moran', v.moranI, 'index-moran')}
        ${this.row(t('indices.theilBetween'), 'theil', v.theilBetween, 'index-theil-between')}
        ${this.row(t('indices.theilWithin'), 'theil', v.theilWithin, 'index-theil-within')}
        ${this.row(t('indices.diversity'), 'diversity', v.meanDiversity, 'index-diversity')}
        ${this.row(t('indices.specialization'), 'krugman', v.meanSpecialization, 'index-specialization')}
      </dl>` : nothing}
      <h3>${t('resilience.title')}${infoButton('martin')}</h3>
      ${this.renderResilience()}
    `;
  }
}

customElements.define('index-readouts', IndexReadouts);

declare global {
  interface HTMLElementTagNameMap { 'index-readouts': IndexReadouts }
}
