/** The guided lessons, in teaching order. */
import type { Lesson } from './types';
import { lessonBell } from './lesson-bell';
import { lessonTomahawk } from './lesson-tomahawk';
import { lessonLifecycle } from './lesson-lifecycle';
import { lessonHierarchy } from './lesson-hierarchy';
import { lessonPolicy } from './lesson-policy';
import { lessonResilience } from './lesson-resilience';

export const LESSONS: Lesson[] = [lessonBell, lessonTomahawk, lessonLifecycle, lessonHierarchy, lessonPolicy, lessonResilience];

/** A lesson by its 1-based id. */
export function lessonById(id: number): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** Lesson and step (both 1-based) from a query string; the step is clamped to the lesson. */
export function lessonFromQuery(search: string): { lesson: number; step: number } | null {
  const q = new URLSearchParams(search);
  const id = Number(q.get('lesson'));
  const lesson = Number.isInteger(id) ? lessonById(id) : undefined;
  if (!lesson) return null;
  const s = Number(q.get('step') ?? '1');
  const step = Number.isInteger(s) ? Math.min(Math.max(s, 1), lesson.steps.length) : 1;
  return { lesson: id, step };
}

/** The query string that opens a lesson at a step, keeping the other parameters of `search`. */
export function lessonQuery(search: string, lesson: number, step: number): string {
  const q = new URLSearchParams(search);
  q.set('lesson', String(lesson));
  q.set('step', String(step));
  return `?${q.toString()}`;
}
