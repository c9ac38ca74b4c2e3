/** Lesson 2: the core–periphery model and its tomahawk diagram, drawn from engine runs. */
import type { Lesson } from './types';

export const lessonTomahawk: Lesson = {
  id: 2,
  title: 'lesson.2.title',
  summary: 'lesson.2.summary',
  steps: [
    {
      title: 'lesson.2.s1.title', watch: 'lesson.2.s1.watch',
      setup: { scenario: 'two-city', seed: 1, years: 50 },
      action: { kind: 'play' }, tab: 'structure', terms: ['lq'],
    },
    {
      title: 'lesson.2.s2.title', watch: 'lesson.2.s2.watch', setup: null,
      action: {
        kind: 'tomahawk', question: 'lesson.2.s2.q',
        choices: [{ id: 'symmetric', label: 'choice.symmetric' }, { id: 'agglomerated', label: 'choice.agglomerated' }, { id: 'history', label: 'choice.history' }],
        explain: 'lesson.2.s2.explain', at: 'band',
      },
    },
    {
      title: 'lesson.2.s3.title', watch: 'lesson.2.s3.watch', setup: null,
      action: {
        kind: 'tomahawk', question: 'lesson.2.s3.q',
        choices: [{ id: 'symmetric', label: 'choice.symmetric' }, { id: 'agglomerated', label: 'choice.agglomerated' }, { id: 'history', label: 'choice.history' }],
        explain: 'lesson.2.s3.explain', at: 'above',
      },
    },
    {
      title: 'lesson.2.s4.title', watch: 'lesson.2.s4.watch',
      setup: { scenario: 'teaching', seed: 1, years: 60, overrides: { params: { housingShare: 0.25 } } },
      action: {
        kind: 'predict', question: 'lesson.2.s4.q',
        choices: [{ id: 'earlier', label: 'choice.earlier' }, { id: 'later', label: 'choice.later' }, { id: 'none', label: 'choice.none' }],
        judge: { kind: 'peakTiming', baseline: { scenario: 'teaching', seed: 1, years: 60 } }, explain: 'lesson.2.s4.explain',
      },
      terms: ['turningPoint'],
    },
  ],
};
