import { describe, expect, it } from 'vitest';
import { basePathOf, joinBasePath, stripBasePath } from './base-path';

describe('base path', () => {
  it("is Vite's BASE_URL without its trailing slash", () => {
    expect(basePathOf('/')).toBe('');
    expect(basePathOf('/lb/')).toBe('/lb');
    expect(basePathOf('/lb/console/')).toBe('/lb/console');
  });

  it('prefixes console paths with the sub-path', () => {
    expect(joinBasePath('', '/pools')).toBe('/pools');
    expect(joinBasePath('/lb', '/pools?page=2')).toBe('/lb/pools?page=2');
    expect(joinBasePath('/lb', '/')).toBe('/lb/');
  });

  it('takes the sub-path off address-bar paths, and only a whole segment of it', () => {
    expect(stripBasePath('', '/pools')).toBe('/pools');
    expect(stripBasePath('/lb', '/lb/pools')).toBe('/pools');
    expect(stripBasePath('/lb', '/lb/')).toBe('/');
    expect(stripBasePath('/lb', '/lb')).toBe('/');
    expect(stripBasePath('/lb', '/lbx/pools')).toBe('/lbx/pools');
    expect(stripBasePath('/lb', '/elsewhere')).toBe('/elsewhere');
  });

  it('round-trips', () => {
    for (const path of ['/', '/applications/virtual-services', '/infrastructure/se-groups/x']) expect(stripBasePath('/lb', joinBasePath('/lb', path))).toBe(path);
  });
});
