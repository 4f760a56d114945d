import { describe, expect, it } from 'vitest';
import { ApiError, ConcurrentChangeError, ControllerUnreachableError } from '@/api/errors';
import { describeProblem } from './describe-problem';

const apiError = (status: number, message: string) => new ApiError({ status, message, body: { error: message }, method: 'DELETE', path: '/api/x/1' });

describe('describeProblem', () => {
  it('explains a 403 from the role, with the controller\u2019s words', () => {
    const problem = describeProblem(apiError(403, 'User "viewer" has read-only access.'));
    expect(problem).toMatchObject({ kind: 'forbidden', title: 'Not permitted' });
    expect(problem.detail).toContain('Your role does not allow this');
    expect(problem.detail).toContain('User "viewer" has read-only access.');
  });

  it('shows a refused delete of an object in use as the controller said it', () => {
    const problem = describeProblem(apiError(403, 'Cannot delete, object is referred by: [VirtualService web-vs]'));
    expect(problem).toMatchObject({ kind: 'refused', detail: 'Cannot delete, object is referred by: [VirtualService web-vs]' });
  });

  it('passes 400 messages through', () => {
    expect(describeProblem(apiError(400, 'PCIP-ROUTING ...'))).toMatchObject({ kind: 'refused', detail: 'PCIP-ROUTING ...' });
  });

  it('names conflicts and unreachable controllers', () => {
    expect(describeProblem(new ConcurrentChangeError('Pool "p"', {})).kind).toBe('conflict');
    expect(describeProblem(new ControllerUnreachableError(new TypeError('fetch failed'))).kind).toBe('unreachable');
    expect(describeProblem(apiError(502, 'down')).kind).toBe('unreachable');
  });
});
