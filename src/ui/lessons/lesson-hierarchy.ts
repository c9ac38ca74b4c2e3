/** Lesson 4: the city-size hierarchy — the Yangtze River Delta against the GBA and Beijing–Tianjin–Hebei. */
import type { Lesson } from './types';

const yrd = { scenario: 'yrd', seed: 1, years: 51 };
const gba = { scenario: 'gba', seed: 1, years: 51 };
const jjj = { scenario: 'jjj', seed: 1, years: 51 };

export const lessonHierarchy: Lesson = {
  id: 4,
  title: 'lesson.4.title',
  summary: 'lesson.4.summary',
  steps: [
    { title: 'lesson.4.s1.title', watch: 'lesson.4.s1.watch', setup: yrd, action: { kind: 'play' }, terms: ['cv', 'moran'] },
    { title: 'lesson.4.s2.title', watch: 'lesson.4.s2.watch', setup: gba, action: { kind: 'play' }, tab: 'structure', terms: ['krugman'] },
    {
      title: 'lesson.4.s3.title', watch: 'lesson.4.s3.watch', setup: jjj,
      action: {
        kind: 'predict', question: 'lesson.4.s3.q',
        choices: [{ id: 'yrd', label: 'scenarioName.yrd' }, { id: 'gba', label: 'scenarioName.gba' }, { id: 'jjj', label: 'scenarioName.jjj' }],
        judge: { kind: 'highestPeak', others: [yrd, gba] }, explain: 'lesson.4.s3.explain',
      },
      terms: ['cv', 'williamson'],
    },
  ],
};
