export { ApplicationProfileEditorModal } from './ApplicationProfileEditorModal';
export type { ApplicationProfileEditorProps, ProfileEditorLinks, ProfileSavedDetails, WizardClientIpContext } from './types';
export { profileFromForm, profileToForm, newProfileBase } from './profile-form';
