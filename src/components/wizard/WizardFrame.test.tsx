// @vitest-environment happy-dom
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mount } from '@/testing/mount';
import { WizardFrame } from './WizardFrame';

type Id = 'one' | 'two' | 'three';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)}>
      {label} {count}
    </button>
  );
}

function Harness({ reached }: { reached: number }) {
  const [active, setActive] = useState<Id>('one');
  const ids: Id[] = ['one', 'two', 'three'];
  return (
    <WizardFrame<Id>
      navAriaLabel="Test steps"
      steps={ids.map((id, index) => ({ id, name: `Step ${id}`, isDisabled: index > reached }))}
      activeStep={active}
      onStepClick={setActive}
      bodyLabelledBy={`title-${active}`}
      footer={<span>footer</span>}
    >
      <Counter label={active === 'one' ? 'first' : 'shared'} />
    </WizardFrame>
  );
}

const navButton = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('nav[aria-label="Test steps"] button')].find((b) => b.textContent === name)!;

describe('WizardFrame', () => {
  it('marks the current step, offers reached steps only, and shows the active step alone', () => {
    const { container } = mount(<Harness reached={1} />);
    expect(navButton(container, 'Step one').getAttribute('aria-current')).toBe('step');
    expect(navButton(container, 'Step two').disabled).toBe(false);
    expect(navButton(container, 'Step three').disabled).toBe(true);
    expect(container.querySelector('.pf-v6-c-wizard__main-body')!.textContent).toBe('first 0');
    expect(container.querySelector('footer.pf-v6-c-wizard__footer')!.textContent).toBe('footer');

    act(() => navButton(container, 'Step two').click());
    expect(navButton(container, 'Step two').getAttribute('aria-current')).toBe('step');
    expect(navButton(container, 'Step one').hasAttribute('aria-current')).toBe(false);
  });

  it("leaves the content's identity to the caller: switching steps does not remount what the caller keeps", () => {
    const { container } = mount(<Harness reached={2} />);
    act(() => navButton(container, 'Step two').click());
    const body = () => container.querySelector<HTMLButtonElement>('.pf-v6-c-wizard__main-body button')!;
    act(() => body().click());
    expect(body().textContent).toBe('shared 1');
    act(() => navButton(container, 'Step three').click());
    expect(body().textContent).toBe('shared 1');
  });

  it('expands the step list from its toggle, names the current step there, and Escape collapses it back to the toggle', () => {
    const { container } = mount(<Harness reached={2} />);
    const toggle = container.querySelector<HTMLButtonElement>('.pf-v6-c-wizard__toggle')!;
    expect(toggle.getAttribute('aria-label')).toBe('Test steps: step 1 of 3, Step one');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('nav')!.classList.contains('pf-m-expanded')).toBe(true);
    const two = navButton(container, 'Step two');
    two.focus();
    act(() => void two.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);

    act(() => toggle.click());
    act(() => navButton(container, 'Step three').click());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-label')).toBe('Test steps: step 3 of 3, Step three');
  });
});
