import { describe, expect, it } from 'vitest';
import { mergeEdits } from './merge-values';

describe('mergeEdits after a concurrent change', () => {
  it('keeps my edits and takes their changes elsewhere', () => {
    const opened = { a: { weight: '1', description: 'old' }, list: ['x'] };
    const mine = { a: { weight: '4', description: 'old' }, list: ['x'] };
    const theirs = { a: { weight: '1', description: 'new' }, list: ['x', 'y'] };
    expect(mergeEdits(opened, mine, theirs)).toEqual({ a: { weight: '4', description: 'new' }, list: ['x', 'y'] });
  });

  it('lets mine win where both changed the same value', () => {
    expect(mergeEdits({ v: 1 }, { v: 2 }, { v: 3 })).toEqual({ v: 2 });
  });
});
