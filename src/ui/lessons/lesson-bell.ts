/** Lesson 1: the bell-shaped curve of divergence in the teaching cluster. */
import type { Lesson } from './types';
import { TEACHING_RUN } from './setup';

const base = TEACHING_RUN;

export const lessonBell: Lesson = {
  id: 1,
  title: 'lesson.1.title',
  summary: 'lesson.1.summary',
  steps: [
    {
      title: 'lesson.1.s1.title', watch: 'lesson.1.s1.watch', setup: base,
      action: { kind: 'play' }, terms: ['cv', 'turningPoint'],
    },
    {
      title: 'lesson.1.s2.title', watch: 'lesson.1.s2.watch', setup: base,
      action: { kind: 'play' }, terms: ['williamson', 'theil', 'gini'],
    },
    {
      title: 'lesson.1.s3.title', watch: 'lesson.1.s3.watch',
      setup: { ...base, overrides: { params: { trade: { declinePerYear: 0 } } } },
      action: {
        kind: 'predict', question: 'lesson.1.s3.q',
        choices: [{ id: 'earlier', label: 'choice.earlier' }, { id: 'later', label: 'choice.later' }, { id: 'none', label: 'choice.none' }],
        judge: { kind: 'peakTiming', baseline: base }, explain: 'lesson.1.s3.explain',
      },
      terms: ['turningPoint'],
    },
    {
      title: 'lesson.1.s4.title', watch: 'lesson.1.s4.watch', setup: base,
      action: { kind: 'change', hint: 'lesson.1.s4.hint', tab: 'scenario' }, tab: 'scenario',
    },
  ],
};
