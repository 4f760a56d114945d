import { Label } from '@patternfly/react-core';

/** The IP routing state of an SE group, readable without colour. */
export function RoutingStateLabel({ enabled }: { enabled: boolean | undefined }) {
  return enabled ? (
    <Label color="green" isCompact>
      IP routing on
    </Label>
  ) : (
    <Label color="grey" isCompact>
      No IP routing
    </Label>
  );
}
