/**
 * Each index's formula as MathML (rendered natively by the browser), written as Lit templates:
 * no innerHTML. Fragments use Lit's `mathml` tag so they are created in the MathML namespace. Notation follows src/sim/metrics (the functions the engine records with).
 */
import { html, mathml, type TemplateResult } from 'lit';
import type { GlossaryTerm } from './terms';

const sum = (sub: TemplateResult | string) => mathml`<munder><mo>∑</mo><mrow>${sub}</mrow></munder>`;
const ybar = mathml`<mover><mi>y</mi><mo>¯</mo></mover>`;
const sub = (base: string, index: string) => mathml`<msub><mi>${base}</mi><mi>${index}</mi></msub>`;

export const FORMULAS: Record<GlossaryTerm, TemplateResult> = {
  cv: html`<math display="block"><mi>CV</mi><mo>=</mo><mfrac><msqrt><mfrac><mn>1</mn><mi>n</mi></mfrac>${sum('i')}<msup><mrow><mo>(</mo>${sub('y', 'i')}<mo>−</mo>${ybar}<mo>)</mo></mrow><mn>2</mn></msup></msqrt>${ybar}</mfrac></math>`,
  williamson: html`<math display="block"><msub><mi>V</mi><mi>w</mi></msub><mo>=</mo><mfrac><msqrt>${sum('i')}<mfrac>${sub('p', 'i')}<mi>P</mi></mfrac><msup><mrow><mo>(</mo>${sub('y', 'i')}<mo>−</mo><msub>${ybar}<mi>w</mi></msub><mo>)</mo></mrow><mn>2</mn></msup></msqrt><msub>${ybar}<mi>w</mi></msub></mfrac></math>`,
  theil: html`<math display="block"><mi>T</mi><mo>=</mo><mfrac><mn>1</mn><mi>n</mi></mfrac>${sum('i')}<mfrac>${sub('y', 'i')}${ybar}</mfrac><mi>ln</mi><mfrac>${sub('y', 'i')}${ybar}</mfrac><mo>=</mo><msub><mi>T</mi><mi>B</mi></msub><mo>+</mo><msub><mi>T</mi><mi>W</mi></msub><mo>,</mo><mspace width="0.6em"></mspace><msub><mi>T</mi><mi>B</mi></msub><mo>=</mo>${sum('g')}${sub('s', 'g')}<mi>ln</mi><mfrac>${sub('s', 'g')}<mrow>${sub('n', 'g')}<mo>/</mo><mi>n</mi></mrow></mfrac></math>`,
  gini: html`<math display="block"><mi>G</mi><mo>=</mo><mfrac><mrow>${sum('i')}${sum('j')}<mo>|</mo>${sub('y', 'i')}<mo>−</mo>${sub('y', 'j')}<mo>|</mo></mrow><mrow><mn>2</mn><msup><mi>n</mi><mn>2</mn></msup>${ybar}</mrow></mfrac></math>`,
  turningPoint: html`<math display="block"><msup><mi>t</mi><mo>*</mo></msup><mo>=</mo><munder><mi>argmax</mi><mi>t</mi></munder><mspace width="0.3em"></mspace><mfrac><mn>1</mn><mn>5</mn></mfrac><munderover><mo>∑</mo><mrow><mi>k</mi><mo>=</mo><mo>−</mo><mn>2</mn></mrow><mn>2</mn></munderover><msub><mi>CV</mi><mrow><mi>t</mi><mo>+</mo><mi>k</mi></mrow></msub></math>`,
  lq: html`<math display="block"><msub><mi>LQ</mi><mrow><mi>i</mi><mi>k</mi></mrow></msub><mo>=</mo><mfrac><mrow><msub><mi>e</mi><mrow><mi>i</mi><mi>k</mi></mrow></msub><mo>/</mo>${sub('e', 'i')}</mrow><mrow>${sub('E', 'k')}<mo>/</mo><mi>E</mi></mrow></mfrac></math>`,
  diversity: html`<math display="block">${sub('DI', 'i')}<mo>=</mo>${sum('k')}<msub><mi>LQ</mi><mrow><mi>i</mi><mi>k</mi></mrow></msub></math>`,
  jacobs: html`<math display="block">${sub('D', 'i')}<mo>=</mo><mfrac><mn>1</mn><mrow>${sum('k')}<msup><mrow><mo>(</mo><msub><mi>s</mi><mrow><mi>i</mi><mi>k</mi></mrow></msub><mo>−</mo>${sub('s', 'k')}<mo>)</mo></mrow><mn>2</mn></msup></mrow></mfrac><mo>,</mo><mspace width="0.6em"></mspace><msub><mi>s</mi><mrow><mi>i</mi><mi>k</mi></mrow></msub><mo>=</mo><mfrac><msub><mi>e</mi><mrow><mi>i</mi><mi>k</mi></mrow></msub>${sub('e', 'i')}</mfrac></math>`,
  krugman: html`<math display="block">${sub('K', 'i')}<mo>=</mo>${sum('k')}<mo>|</mo><msub><mi>s</mi><mrow><mi>i</mi><mi>k</mi></mrow></msub><mo>−</mo><msubsup><mi>s</mi><mi>k</mi><mrow><mo>(</mo><mo>−</mo><mi>i</mi><mo>)</mo></mrow></msubsup><mo>|</mo></math>`,
  moran: html`<math display="block"><mi>I</mi><mo>=</mo><mfrac><mi>n</mi>${sub('S', '0')}</mfrac><mfrac><mrow>${sum('i')}${sum('j')}<msub><mi>w</mi><mrow><mi>i</mi><mi>j</mi></mrow></msub>${sub('z', 'i')}${sub('z', 'j')}</mrow><mrow>${sum('i')}<msubsup><mi>z</mi><mi>i</mi><mn>2</mn></msubsup></mrow></mfrac><mo>,</mo><mspace width="0.6em"></mspace>${sub('z', 'i')}<mo>=</mo>${sub('y', 'i')}<mo>−</mo>${ybar}<mo>,</mo><mspace width="0.6em"></mspace><msub><mi>w</mi><mrow><mi>i</mi><mi>j</mi></mrow></msub><mo>∝</mo><mfrac><mn>1</mn><msub><mi>d</mi><mrow><mi>i</mi><mi>j</mi></mrow></msub></mfrac></math>`,
  martin: html`<math display="block">${sub('β', 'i')}<mo>=</mo><mfrac><mrow><mo>(</mo><msub><mi>E</mi><mrow><mi>i</mi><mn>1</mn></mrow></msub><mo>−</mo><msub><mi>E</mi><mrow><mi>i</mi><mn>0</mn></mrow></msub><mo>)</mo><mo>/</mo><msub><mi>E</mi><mrow><mi>i</mi><mn>0</mn></mrow></msub></mrow><mrow><mo>(</mo><msub><mi>E</mi><mrow><mi>C</mi><mn>1</mn></mrow></msub><mo>−</mo><msub><mi>E</mi><mrow><mi>C</mi><mn>0</mn></mrow></msub><mo>)</mo><mo>/</mo><msub><mi>E</mi><mrow><mi>C</mi><mn>0</mn></mrow></msub></mrow></mfrac></math>`,
};
