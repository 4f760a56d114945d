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

  it('prepares a step ahead clipped and hidden from assistive technology, and stores it after the frame that laid it out', () => {
    const { container } = mount(<Step presence="ahead" />);
    expect(slotOf(container).className).toBe('wizard-step-slot--ahead');
    expect(slotOf(container).getAttribute('aria-hidden')).toBe('true');
    afterPaint();
    expect(slotOf(container).className).toBe('wizard-step-slot--ahead wizard-step-slot--stored');
  });

  it('shows a stored step at once, and stores it again only after another frame when it is ahead again', () => {
    const { container, render: rerender } = mount(<Step presence="ahead" />);
    afterPaint();
    rerender(<Step presence="shown" />);
    expect(slotOf(container).className).toBe('');
    expect(slotOf(container).getAttribute('aria-hidden')).toBeNull();
    rerender(<Step presence="ahead" />);
    expect(slotOf(container).className).toBe('wizard-step-slot--ahead');
    afterPaint();
    expect(slotOf(container).className).toBe('wizard-step-slot--ahead wizard-step-slot--stored');
  });

  it('does not store a step that stopped being ahead before its frame', () => {
    const { container, render: rerender } = mount(<Step presence="ahead" />);
    rerender(<Step presence="shown" />);
    afterPaint();
    expect(slotOf(container).className).toBe('');
  });
});
