/** Lesson 3: nursery cities and the product life cycle (Duranton & Puga 2001). */
import type { Lesson } from './types';
import { TEACHING_RUN } from './setup';

const base = TEACHING_RUN;

export const lessonLifecycle: Lesson = {
  id: 3,
  title: 'lesson.3.title',
  summary: 'lesson.3.summary',
  steps: [
    {
      title: 'lesson.3.s1.title', watch: 'lesson.3.s1.watch', setup: base,
      action: { kind: 'play' }, tab: 'structure', terms: ['lq', 'jacobs'],
    },
    {
      title: 'lesson.3.s2.title', watch: 'lesson.3.s2.watch', setup: base,
      action: { kind: 'play' }, tab: 'structure', terms: ['lq', 'diversity'],
    },
    {
      title: 'lesson.3.s3.title', watch: 'lesson.3.s3.watch',
      setup: { ...base, overrides: { params: { mechanisms: { lifecycle: false } } } },
      action: {
        kind: 'predict', question: 'lesson.3.s3.q',
        choices: [{ id: 'higher', label: 'choice.higher' }, { id: 'lower', label: 'choice.lower' }],
        judge: { kind: 'metricVs', metric: 'maxCv', baseline: base }, explain: 'lesson.3.s3.explain',
      },
      tab: 'structure', terms: ['cv'],
    },
  ],
};
