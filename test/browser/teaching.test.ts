import { describe, it, expect, afterEach } from 'vitest';
import { mount, q } from './mount';
import '../../src/ui/glossary-panel';
import '../../src/ui/lesson-list';
import '../../src/ui/lesson-panel';
import { useLocale } from '../../src/ui/i18n/locales';
import { fmt, fmtYear } from '../../src/ui/i18n';
import { lessonById } from '../../src/ui/lessons';
import type { ExplainInputs } from '../../src/ui/glossary/examples';

afterEach(() => { useLocale('en', false); });

const inputs: ExplainInputs = {
  year: 2010, employmentYear: 2010,
  cities: [{ name: 'Metropolis', nameZh: '大都市', region: 'W', x: 0, y: 0 }, { name: 'Eastport', nameZh: '东港', region: 'E', x: 50, y: 0 }, { name: 'Riverton', nameZh: '河镇', region: 'E', x: 0, y: 80 }],
  sectors: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
  population: [4, 2, 1], gdpPerCapita: [3, 2, 1], employment: [3, 1, 1, 1, 0.2, 0.8], peak: null, resilience: null,
};

describe('<glossary-panel>', () => {
  it('renders the formula as MathML and a worked example on the inputs; the nav asks for another term', async () => {
    const el = mount('glossary-panel', { term: 'cv', inputs });
    await el.updateComplete;
    const frac = el.shadowRoot!.querySelector('math mfrac')!;
    expect(frac.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    expect(el.shadowRoot!.querySelector('math msub')!.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    // y = [3, 2, 1]: mean 2, population sd sqrt(2/3) = 0.816…, CV 0.4082.
    expect(q(el, '[data-testid=glossary-example]').textContent).toContain('In 2010, 3 cities: mean ȳ = 2.000, standard deviation σ = 0.816, so CV = σ / ȳ = 0.4082.');
    const asked: string[] = [];
    el.addEventListener('glossary-open', (e) => asked.push((e as CustomEvent<{ term: string }>).detail.term));
    q(el, '[data-testid=glossary-moran]').click();
    expect(asked).toEqual(['moran']);
  });

  it('in Chinese: the texts, the city names and the numbers follow the language', async () => {
    useLocale('zh', false);
    const el = mount('glossary-panel', { term: 'cv', inputs });
    await el.updateComplete;
    expect(q(el, '[data-testid=glossary-name]').textContent).toBe('变异系数（CV）');
    expect(q(el, '[data-testid=glossary-example]').textContent).toContain('人均 GDP 最高：大都市（3.000）；最低：河镇（1.000）。');
    expect(fmtYear(2010)).toBe('2010');
    expect(fmt(1234.5, 1)).toBe('1,234.5');
  });
});

describe('<lesson-list>', () => {
  it('lists six lessons with data-testid="lesson" and opens one at step 1', async () => {
    const el = mount('lesson-list', {});
    await el.updateComplete;
    const entries = el.shadowRoot!.querySelectorAll<HTMLElement>('[data-testid=lesson]');
    expect(entries.length).toBe(6);
    const opened: unknown[] = [];
    el.addEventListener('lesson-open', (e) => opened.push((e as CustomEvent).detail));
    entries[3].click();
    expect(opened).toEqual([{ lesson: 4, step: 1 }]);
  });
});

describe('<lesson-panel>', () => {
  it('shows the step, disables previous on the first step, and asks for the next one', async () => {
    const el = mount('lesson-panel', { lesson: lessonById(1)!, step: 1, status: 'idle' });
    await el.updateComplete;
    expect(q(el, '[data-testid=lesson-step]').textContent).toBe('Step 1 of 4');
    expect((q(el, '[data-testid=lesson-prev]') as HTMLButtonElement).disabled).toBe(true);
    const nav: unknown[] = [];
    el.addEventListener('lesson-nav', (e) => nav.push((e as CustomEvent).detail));
    q(el, '[data-testid=lesson-next]').click();
    expect(nav).toEqual([{ step: 2 }]);
  });

  it('a prediction step: the lock button waits for a choice; a missing scenario is said and blocks it', async () => {
    const el = mount('lesson-panel', { lesson: lessonById(1)!, step: 3, status: 'idle' });
    await el.updateComplete;
    const lock = () => q(el, '[data-testid=lock]') as HTMLButtonElement;
    expect(lock().disabled).toBe(true);
    (el.shadowRoot!.querySelector('[data-testid=choice][value=later]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(lock().disabled).toBe(false);
    el.missing = 'yrd';
    await el.updateComplete;
    expect(q(el, '[data-testid=lesson-missing]').textContent).toContain('"yrd"');
    expect(lock().disabled).toBe(true);
  });
});
