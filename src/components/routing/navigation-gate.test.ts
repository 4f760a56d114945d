import { describe, expect, it, vi } from 'vitest';
import { createNavigationGate } from './navigation-gate';

const transition = { currentPathname: '/a', nextPathname: '/b' };

describe('navigation gate', () => {
  it('lets navigations through when nothing blocks', () => {
    const go = vi.fn();
    createNavigationGate().request(transition, go);
    expect(go).toHaveBeenCalledOnce();
  });

  it('holds a navigation a blocker takes, which may release it later', () => {
    const gate = createNavigationGate();
    let held: (() => void) | undefined;
    gate.add((t, go) => {
      expect(t).toEqual(transition);
      held = go;
      return true;
    });
    const go = vi.fn();
    gate.request(transition, go);
    expect(go).not.toHaveBeenCalled();
    held?.();
    expect(go).toHaveBeenCalledOnce();
  });

  it('asks every blocker until one holds, and forgets removed ones', () => {
    const gate = createNavigationGate();
    const passes = vi.fn(() => false);
    gate.add(passes);
    const remove = gate.add(() => true);
    const go = vi.fn();
    gate.request(transition, go);
    expect(passes).toHaveBeenCalledOnce();
    expect(go).not.toHaveBeenCalled();
    remove();
    gate.request(transition, go);
    expect(go).toHaveBeenCalledOnce();
  });
});
