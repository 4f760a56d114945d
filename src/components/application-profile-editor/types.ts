import type { ApplicationProfile, IpAddr } from '@/domain/model';
import type { PlacementFacts } from '@/domain/rules';
import type { FixResolver } from '../client-ip/fix-action';

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
  /**
   * Placement facts of the wizard's virtual service as configured so far (its SE group, SNAT, the servers of a
   * pool not created yet, its VIP). When absent the editor builds them from the fields above.
   */
  placementFacts?: () => PlacementFacts | undefined;
  /** Fixes the wizard offers (e.g. go to the Advanced step); the editor closes first, then runs them. */
  fixFor?: FixResolver;
}

/** Console pages the editor links to; they open in a new tab so the wizard's draft stays as it is. */
export interface ProfileEditorLinks {
  virtualServicesUsing(profileUuid: string, profileName: string): string;
  seGroup?(uuid: string): string;
  virtualService?(uuid: string): string;
}

export interface ProfileSavedDetails {
  /** The profile as stored before this save (undefined for a new profile). */
  before: ApplicationProfile | undefined;
}

export interface ApplicationProfileEditorProps {
  /** Edit this profile; absent: create a new one. */
  profileUuid?: string;
  /** Create: start from a copy of this profile (clone). */
  template?: ApplicationProfile;
  /** Set when opened from the wizard. */
  wizardContext?: WizardClientIpContext;
  links?: ProfileEditorLinks;
  onSaved(profile: ApplicationProfile, details?: ProfileSavedDetails): void;
  onCancel(): void;
  /**
   * `ahead`: rendered before the admin opens it, out of sight (see `LightModal`), so that opening it is quick.
   * The props must then stay the same objects from render to render while nothing in them changes.
   */
  presence?: 'shown' | 'ahead';
}
