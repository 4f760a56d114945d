import { describe, expect, it } from 'vitest';
import { readListState, sortField, writeListState } from './list-state';

const defaults = { sort: 'name' };

describe('list state in the URL', () => {
  it('reads defaults from an empty query', () => {
    expect(readListState(new URLSearchParams(), defaults)).toEqual({ page: 1, perPage: 25, sort: 'name', search: '' });
  });

  it('ignores nonsense values', () => {
    expect(readListState(new URLSearchParams('page=-3&perPage=7'), defaults)).toMatchObject({ page: 1, perPage: 25 });
  });

  it('round-trips and keeps other parameters, omitting defaults', () => {
    const params = writeListState(new URLSearchParams('tab=x'), { page: 3, perPage: 50, sort: '-name', search: 'web' }, defaults);
    expect(params.toString()).toBe('tab=x&page=3&perPage=50&sort=-name&q=web');
    expect(readListState(params, defaults)).toEqual({ page: 3, perPage: 50, sort: '-name', search: 'web' });
    expect(writeListState(params, { page: 1, perPage: 25, sort: 'name', search: '' }, defaults).toString()).toBe('tab=x');
  });

  it('splits the sort direction', () => {
    expect(sortField('-enabled')).toEqual({ field: 'enabled', direction: 'desc' });
    expect(sortField('name')).toEqual({ field: 'name', direction: 'asc' });
  });
});
