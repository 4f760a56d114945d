import { describe, expect, it } from 'vitest';
import { nextSearch } from './search-params';

describe('nextSearch', () => {
  it('replaces the query string with a value', () => {
    expect(nextSearch('?page=2', { sort: 'name' })).toBe('?sort=name');
    expect(nextSearch('', new URLSearchParams('a=1&b=2'))).toBe('?a=1&b=2');
    expect(nextSearch('?a=1', [['x', 'y z']])).toBe('?x=y+z');
  });

  it('gives a function the current parameters, and leaves them untouched', () => {
    let seen: URLSearchParams | undefined;
    const result = nextSearch('?page=2&sort=name', (current) => {
      seen = current;
      const next = new URLSearchParams(current);
      next.delete('page');
      return next;
    });
    expect(result).toBe('?sort=name');
    expect(seen?.toString()).toBe('page=2&sort=name');
  });

  it('drops the question mark when nothing is left', () => {
    expect(nextSearch('?page=2', {})).toBe('');
    expect(nextSearch('?page=2', () => '')).toBe('');
  });
});
