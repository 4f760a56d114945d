import type { ObjectType } from '../model/object-types';

/** Rule ids of SPEC.md section 3. The UI, the mock controller and the tests all use these. */
export const ruleIds = [
  'PCIP-ROUTING',
  'PCIP-MUX',
  'PCIP-SNAT',
  'PCIP-ENABLED-VS',
  'XFF-HTTP-ONLY',
  'PROXY-L4-ONLY',
  'ROUTING-SCOPE',
] as const;
export type RuleId = (typeof ruleIds)[number];

export interface ObjectLabel {
  type: ObjectType;
  name: string;
  uuid?: string | undefined;
}

/** The prerequisites of IP routing on an SE group (17.2), each reported separately under ROUTING-SCOPE. */
export type RoutingPrerequisite =
  | 'ha-mode'
  | 'distribute-load'
  | 'cloud-type'
  | 'floating-ip'
  | 'ipv4-only'
  | 'directly-connected-floating-ip'
  | 'global-vrf'
  | 'directly-connected-servers'
  | 'backend-network-floating-ip';

/** What the admin can do about a violation; the UI turns each into a link or an action. */
export type Remedy =
  | { kind: 'choose-routed-se-group' }
  | { kind: 'enable-ip-routing'; seGroup: ObjectLabel }
  | { kind: 'turn-off-multiplexing'; profile: ObjectLabel }
  | { kind: 'turn-off-preserve-client-ip'; profile: ObjectLabel }
  | { kind: 'remove-snat'; virtualService: ObjectLabel }
  | { kind: 'disable-virtual-services'; virtualServices: ObjectLabel[] }
  | { kind: 'move-virtual-services'; virtualServices: ObjectLabel[] }
  | { kind: 'remove-http-settings'; profile: ObjectLabel }
  | { kind: 'turn-off-proxy-protocol'; profile: ObjectLabel }
  | { kind: 'change-profile-type'; profile: ObjectLabel; to: 'APPLICATION_PROFILE_TYPE_HTTP' | 'APPLICATION_PROFILE_TYPE_L4' }
  | { kind: 'meet-routing-prerequisite'; prerequisite: RoutingPrerequisite; seGroup: ObjectLabel };

export interface Violation {
  rule: RuleId;
  /** Written for the admin: what is wrong, which object, what to do. Used verbatim as the controller's error. */
  message: string;
  /** The object the offending fields belong to. */
  object: ObjectLabel;
  /** Dotted field paths on `object` that cause the violation. */
  fields: string[];
  remedies: Remedy[];
  /** Other objects involved (the virtual services using a profile, the SE group, ...). */
  related: ObjectLabel[];
  prerequisite?: RoutingPrerequisite;
}

export function quoteNames(labels: readonly ObjectLabel[]): string {
  return labels.map((l) => `"${l.name}"`).join(', ');
}
