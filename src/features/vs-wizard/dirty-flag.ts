import { createFlagStore, useFlag, type FlagStore } from '@/components/state';

/**
 * Whether the wizard holds changes. A store outside React state: it flips on the first keystroke, and only
 * the components that read it (the leave guard) re-render then, not the whole wizard.
 */
export type DirtyFlag = FlagStore;

export const createDirtyFlag: (initial: boolean) => DirtyFlag = createFlagStore;

export const useDirtyFlag: (flag: DirtyFlag) => boolean = useFlag;
