export { WizardFrame, type WizardFrameProps, type WizardFrameStep } from './WizardFrame';
