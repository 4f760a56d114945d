import { describe, expect, it } from 'vitest';
import { renderedSteps, stepPresence } from './rendered-steps';
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

describe('stepPresence', () => {
  it('shows the active step, even when it was the one prepared', () => {
    expect(stepPresence(stepIds, 'settings', 'settings', undefined)).toBe('shown');
    expect(stepPresence(stepIds, 'policies', 'policies', 'policies')).toBe('shown');
  });

  it('keeps the prepared step ahead only while it is the one after the active step', () => {
    expect(stepPresence(stepIds, 'policies', 'settings', 'policies')).toBe('ahead');
    expect(stepPresence(stepIds, 'analytics', 'settings', 'analytics')).toBe('kept');
    expect(stepPresence(stepIds, 'policies', 'analytics', 'policies')).toBe('kept');
  });

  it('keeps a step the wizard has not prepared out of the layout, next or not', () => {
    expect(stepPresence(stepIds, 'policies', 'settings', undefined)).toBe('kept');
    expect(stepPresence(stepIds, 'settings', 'policies', 'analytics')).toBe('kept');
  });
});
