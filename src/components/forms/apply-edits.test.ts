import { describe, expect, it } from 'vitest';
import { withEdits } from './apply-edits';

describe('withEdits', () => {
  const loaded = { name: 'g', ha_mode: 'HA_MODE_SHARED', unknown_field: { nested: [1, 2] }, floating_intf_ip: undefined as string[] | undefined };

  it('sends back exactly what was loaded when nothing was edited', () => {
    const shown = { ha_mode: 'HA_MODE_SHARED', floating_intf_ip: [] as string[] };
    expect(withEdits(loaded, shown, shown)).toEqual(loaded);
    expect(Object.keys(withEdits(loaded, shown, shown))).toEqual(Object.keys(loaded));
  });

  it('changes only the edited fields and keeps fields the form does not know', () => {
    const shown = { ha_mode: 'HA_MODE_SHARED' };
    const next = withEdits(loaded, { ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY' }, shown);
    expect(next).toEqual({ ...loaded, ha_mode: 'HA_MODE_LEGACY_ACTIVE_STANDBY' });
    expect(next.unknown_field).not.toBe(loaded.unknown_field);
  });

  it('removes a field edited to undefined', () => {
    expect('ha_mode' in withEdits(loaded, { ha_mode: undefined }, { ha_mode: 'HA_MODE_SHARED' })).toBe(false);
  });
});
