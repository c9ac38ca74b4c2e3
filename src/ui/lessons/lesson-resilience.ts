/** Lesson 6: resilience — a sector shock hitting a specialised and a diversified city (Martin 2012). */
import type { Lesson } from './types';

const shock = { type: 'shock', year: 2010, sector: 'electronics', demand: 0.5, duration: 3, label: 'Electronics slump' };
const shocked = { scenario: 'teaching', seed: 1, years: 30, events: [shock] };

export const lessonResilience: Lesson = {
  id: 6,
  title: 'lesson.6.title',
  summary: 'lesson.6.summary',
  steps: [
    {
      title: 'lesson.6.s1.title', watch: 'lesson.6.s1.watch', setup: { scenario: 'teaching', seed: 1, years: 30 },
      action: { kind: 'play' }, tab: 'structure', terms: ['lq', 'krugman', 'jacobs'],
    },
    {
      title: 'lesson.6.s2.title', watch: 'lesson.6.s2.watch', setup: shocked,
      action: {
        kind: 'predict', question: 'lesson.6.s2.q',
        choices: [{ id: 'specialised', label: 'choice.specialised' }, { id: 'diversified', label: 'choice.diversified' }],
        judge: { kind: 'shockHit' }, explain: 'lesson.6.s2.explain',
      },
      tab: 'structure', terms: ['martin'],
    },
    {
      title: 'lesson.6.s3.title', watch: 'lesson.6.s3.watch',
      setup: { ...shocked, events: [{ ...shock, sector: 'textiles' }] },
      action: { kind: 'change', hint: 'lesson.6.s3.hint', tab: 'scenario' }, tab: 'structure', terms: ['martin', 'diversity'],
    },
  ],
};
