/** Lesson 5: policy levers — transport, education, barriers, enclave parks. */
import type { Lesson } from './types';
import { TEACHING_RUN } from './setup';

const base = TEACHING_RUN;
const railCities = ['Metropolis', 'Eastport', 'Westbridge', 'Northfield', 'Southlake', 'Riverton'];

export const lessonPolicy: Lesson = {
  id: 5,
  title: 'lesson.5.title',
  summary: 'lesson.5.summary',
  steps: [
    {
      title: 'lesson.5.s1.title', watch: 'lesson.5.s1.watch',
      setup: { ...base, events: [{ type: 'transport', year: 2005, cities: railCities, factor: 0.5, label: 'Rail link' }] },
      action: {
        kind: 'predict', question: 'lesson.5.s1.q',
        choices: [{ id: 'earlier', label: 'choice.earlier' }, { id: 'later', label: 'choice.later' }, { id: 'same', label: 'choice.same' }],
        judge: { kind: 'peakTiming', baseline: base }, explain: 'lesson.5.s1.explain',
      },
      terms: ['turningPoint'],
    },
    {
      title: 'lesson.5.s2.title', watch: 'lesson.5.s2.watch',
      setup: { ...base, events: [{ type: 'education', year: 2000, cities: ['Eastport', 'Westbridge'], increase: 0.1, years: 10, label: 'New universities' }] },
      action: {
        kind: 'predict', question: 'lesson.5.s2.q',
        choices: [{ id: 'higher', label: 'choice.higher' }, { id: 'lower', label: 'choice.lower' }],
        judge: { kind: 'metricVs', metric: 'finalCoreShareInnovation', baseline: base }, explain: 'lesson.5.s2.explain',
      },
      tab: 'structure',
    },
    {
      title: 'lesson.5.s3.title', watch: 'lesson.5.s3.watch', setup: { scenario: 'yrd-barriers', seed: 1, years: 51 },
      action: {
        kind: 'predict', question: 'lesson.5.s3.q',
        choices: [{ id: 'higher', label: 'choice.higher' }, { id: 'lower', label: 'choice.lower' }],
        judge: { kind: 'metricVs', metric: 'maxCv', baseline: { scenario: 'yrd', seed: 1, years: 51 } }, explain: 'lesson.5.s3.explain',
      },
      terms: ['theil'],
    },
    {
      title: 'lesson.5.s4.title', watch: 'lesson.5.s4.watch',
      setup: { ...base, events: [{ type: 'enclavePark', year: 2000, from: 'Metropolis', to: 'Riverton', direction: 'forward', costReduction: 0.5, outputShare: 0.3, label: 'Enclave park' }] },
      action: { kind: 'play' }, tab: 'structure',
    },
    {
      title: 'lesson.5.s5.title', watch: 'lesson.5.s5.watch', setup: { scenario: 'jjj-relocation', seed: 1, years: 51 },
      action: { kind: 'change', hint: 'lesson.5.s5.hint', tab: 'scenario' },
    },
  ],
};
