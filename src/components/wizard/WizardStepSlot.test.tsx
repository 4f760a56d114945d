// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@/testing/mount';
import { WizardStepSlot, type StepPresence } from './WizardStepSlot';

const Step = ({ presence }: { presence: StepPresence }) => (
  <WizardStepSlot presence={presence}>
    <h2>Policies</h2>
  </WizardStepSlot>
);

const slotOf = (container: HTMLElement) => container.querySelector('h2')!.parentElement!;
// React sets `inert` as a property; the test document does not reflect it to the attribute.
const isInert = (element: HTMLElement) => element.inert || element.hasAttribute('inert');
const afterPaint = () =>
  act(() => {
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
  });

describe('WizardStepSlot', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  it('shows the step as it is', () => {
    const { container } = mount(<Step presence="shown" />);
    expect(slotOf(container).className).toBe('');
    expect(slotOf(container).getAttribute('aria-hidden')).toBeNull();
  });

  it('prepares a step ahead stored out of rendering from its first frame, and asks for its layout after that frame', () => {
    const { container } = mount(<Step presence="ahead" />);
    const slot = slotOf(container);
    expect(slot.className).toBe('wizard-step-slot--ahead');
    expect(slot.getAttribute('aria-hidden')).toBe('true');
    const layoutAsked = vi.spyOn(container.querySelector('h2')!, 'getBoundingClientRect');
    expect(layoutAsked).not.toHaveBeenCalled();
    afterPaint();
    expect(layoutAsked).toHaveBeenCalledTimes(1);
  });

  it('shows a prepared step at once, and stores it again when it is ahead again', () => {
    const { container, render: rerender } = mount(<Step presence="ahead" />);
    afterPaint();
    rerender(<Step presence="shown" />);
    expect(slotOf(container).className).toBe('');
    expect(slotOf(container).getAttribute('aria-hidden')).toBeNull();
    rerender(<Step presence="ahead" />);
    expect(slotOf(container).className).toBe('wizard-step-slot--ahead');
    expect(slotOf(container).getAttribute('aria-hidden')).toBe('true');
  });

  it('does not ask for the layout of a step that stopped being ahead before its frame', () => {
    const { container, render: rerender } = mount(<Step presence="ahead" />);
    const layoutAsked = vi.spyOn(container.querySelector('h2')!, 'getBoundingClientRect');
    rerender(<Step presence="shown" />);
    afterPaint();
    expect(layoutAsked).not.toHaveBeenCalled();
  });

  it('keeps a prepared step inert where the browser cannot store it out of rendering, and not where it can', () => {
    vi.stubGlobal('CSS', { supports: () => false });
    const old = mount(<Step presence="ahead" />);
    expect(isInert(slotOf(old.container))).toBe(true);
    old.render(<Step presence="shown" />);
    expect(isInert(slotOf(old.container))).toBe(false);
    vi.stubGlobal('CSS', { supports: (property: string, value: string) => property === 'content-visibility' && value === 'hidden' });
    const current = mount(<Step presence="ahead" />);
    expect(isInert(slotOf(current.container))).toBe(false);
    vi.unstubAllGlobals();
  });
});
