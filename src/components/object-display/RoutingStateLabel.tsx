import { StaticLabel } from './StaticLabel';

/** The IP routing state of an SE group, readable without colour. */
export function RoutingStateLabel({ enabled }: { enabled: boolean | undefined }) {
  return enabled ? <StaticLabel color="green">IP routing on</StaticLabel> : <StaticLabel>No IP routing</StaticLabel>;
}
