import { describe, it, expect } from 'vitest';
import { messages as en } from '../../src/ui/i18n/en';
import { messages as zh } from '../../src/ui/i18n/zh';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  it('English and Chinese have exactly the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('every message has the same {placeholders} in both languages', () => {
    const differ = Object.keys(en).filter((k) => placeholders(en[k as keyof typeof en]).join() !== placeholders(zh[k as keyof typeof zh]).join());
    expect(differ).toEqual([]);
  });
  it('no Chinese message is empty or left in English (except names and symbols)', () => {
    // Bibliographic references stay as published.
    const same = Object.keys(en).filter((k) => !k.endsWith('.source') && en[k as keyof typeof en] === zh[k as keyof typeof zh]);
    expect(same.sort()).toEqual(['events.field', 'lang.en', 'lang.zh', 'lessons.entry', 'param.barrier.unit', 'param.logitBeta.unit', 'pins.param'].sort());
    expect(Object.values(zh).filter((v) => !v.trim())).toEqual([]);
  });
});
