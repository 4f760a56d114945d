import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it('returns to the page the admin came from, with its query', () => {
    expect(safeReturnPath('/templates/application-profiles?page=2', '/sign-in', '/')).toBe('/templates/application-profiles?page=2');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)'])('refuses %s', (from) => {
    expect(safeReturnPath(from, '/sign-in', '/')).toBe('/');
  });

  it('does not loop back to the sign-in page', () => {
    expect(safeReturnPath('/sign-in?from=/x', '/sign-in', '/')).toBe('/');
  });
});
