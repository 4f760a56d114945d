import { zodResolver } from '@hookform/resolvers/zod';
import { wizardSchema } from './wizard-schema';

/** The form's validation: zod and the wizard's schema, in a chunk of their own (see `wizard-resolver`). */
export const wizardValidation = zodResolver(wizardSchema);
