import type { ApplicationProfile, IpAddr } from '@/domain/model';

/** What the wizard knows about the virtual service being built, so the editor can apply the rules to it. */
export interface WizardClientIpContext {
  virtualServiceName: string;
  /** uuid of the virtual service when the wizard edits an existing one (it then counts among the profile's users). */
  virtualServiceUuid?: string;
  enabled: boolean;
  seGroupRef: string | undefined;
  snatIps: IpAddr[];
  useVipAsSnat: boolean;
  poolRef?: string | undefined;
  vsVipRef?: string | undefined;
}

export interface ApplicationProfileEditorProps {
  /** Edit this profile; absent: create a new one. */
  profileUuid?: string;
  /** Create: start from a copy of this profile (clone). */
  template?: ApplicationProfile;
  /** Set when opened from the wizard. */
  wizardContext?: WizardClientIpContext;
  onSaved(profile: ApplicationProfile): void;
  onCancel(): void;
}
