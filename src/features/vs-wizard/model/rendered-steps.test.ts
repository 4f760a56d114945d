import { describe, expect, it } from 'vitest';
import { renderedSteps } from './rendered-steps';
import { stepIds, type StepId } from './wizard-steps';

const all = () => true;
const none = () => false;

describe('renderedSteps', () => {
  it('renders the shown step and prepares the next one once its code is in', () => {
    expect(renderedSteps(stepIds, 'settings', new Set(), all)).toEqual(['settings', 'policies']);
    expect(renderedSteps(stepIds, 'settings', new Set(), none)).toEqual(['settings']);
  });

  it('keeps the steps shown before, and not the ones never shown', () => {
    expect(renderedSteps(stepIds, 'analytics', new Set<StepId>(['settings', 'policies']), all)).toEqual(['settings', 'policies', 'analytics', 'advanced']);
    expect(renderedSteps(stepIds, 'settings', new Set<StepId>(['settings', 'policies', 'analytics']), all)).toEqual(['settings', 'policies', 'analytics']);
  });

  it('renders the shown step even when its code is still loading, and no step after the last', () => {
    expect(renderedSteps(stepIds, 'review', new Set<StepId>(['advanced']), none)).toEqual(['review']);
    expect(renderedSteps(stepIds, 'review', new Set<StepId>(['advanced']), (step) => step === 'advanced')).toEqual(['advanced', 'review']);
  });
});
