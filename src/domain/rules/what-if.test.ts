import { describe, expect, it } from 'vitest';
import { checkVirtualServicePlacement } from './virtual-service-rules';
import { violationsIntroduced } from './what-if';
import { defaultGroup, httpProfile, placement, routedGroup } from './__fixtures__/facts';

describe('violationsIntroduced: what a change would break', () => {
  const onDefault = placement({ applicationProfile: httpProfile(), seGroup: defaultGroup() });

  it('reports PCIP-ROUTING when a preserving profile is tried on a group without routing', () => {
    const current = checkVirtualServicePlacement(onDefault);
    const tried = checkVirtualServicePlacement({ ...onDefault, applicationProfile: placement().applicationProfile });
    expect(violationsIntroduced(current, tried, ['application_profile_ref']).map((v) => v.rule)).toEqual(['PCIP-ROUTING']);
  });

  it('reports nothing for a change that breaks nothing', () => {
    const current = checkVirtualServicePlacement(onDefault);
    expect(violationsIntroduced(current, checkVirtualServicePlacement({ ...onDefault, seGroup: routedGroup() }), ['se_group_ref'])).toEqual([]);
  });

  it('still blames the changed field when the configuration is already broken the same way', () => {
    const broken = placement({ seGroup: defaultGroup() });
    const current = checkVirtualServicePlacement(broken);
    const otherGroup = checkVirtualServicePlacement({ ...broken, seGroup: defaultGroup({ name: 'Elastic-Group', uuid: 'serviceenginegroup-elastic' }) });
    expect(violationsIntroduced(current, otherGroup, ['se_group_ref']).map((v) => v.rule)).toEqual(['PCIP-ROUTING']);
    expect(violationsIntroduced(current, otherGroup, ['application_profile_ref'])).toEqual([]);
  });
});
