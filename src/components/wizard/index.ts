export { WizardFrame, type WizardFrameProps, type WizardFrameStep } from './WizardFrame';
export { WizardStepSlot, type StepPresence, type WizardStepSlotProps } from './WizardStepSlot';
