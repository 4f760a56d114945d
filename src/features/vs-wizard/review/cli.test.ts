import { describe, expect, it } from 'vitest';
import { cliForCreate, cliForUpdate } from './cli';

const noNames = () => undefined;

describe('controller CLI equivalents', () => {
  it('the seed document\u2019s example: preserve_client_ip on System-HTTP', () => {
    const before = { name: 'System-HTTP', type: 'APPLICATION_PROFILE_TYPE_HTTP', preserve_client_ip: false, http_profile: { connection_multiplexing_enabled: true, xff_enabled: true } };
    const after = { ...before, preserve_client_ip: true, http_profile: { connection_multiplexing_enabled: false, xff_enabled: true } };
    expect(cliForUpdate('applicationprofile', before, after, noNames)).toEqual([
      'configure applicationprofile System-HTTP',
      '  preserve_client_ip',
      '  http_profile',
      '    no connection_multiplexing_enabled',
      '    save',
      '  save',
    ]);
  });

  it('creates a pool with server sub-modes and enums in lower case', () => {
    const body = { name: 'shop-pool', lb_algorithm: 'LB_ALGORITHM_ROUND_ROBIN', servers: [{ ip: { addr: '10.10.10.21', type: 'V4' }, port: 80 }, { ip: { addr: '10.10.10.22', type: 'V4' }, enabled: false }] };
    expect(cliForCreate('pool', body, noNames)).toEqual([
      'configure pool shop-pool',
      '  lb_algorithm lb_algorithm_round_robin',
      '  servers',
      '    ip 10.10.10.21',
      '    port 80',
      '    save',
      '  servers',
      '    ip 10.10.10.22',
      '    no enabled',
      '    save',
      '  save',
    ]);
  });

  it('names refs by name, whatever form they have', () => {
    const body = {
      name: 'shop',
      pool_ref: '/api/pool?name=shop-pool',
      application_profile_ref: 'https://ctl/api/applicationprofile/applicationprofile-1#HTTP-Client-IP',
      se_group_ref: 'https://ctl/api/serviceenginegroup/serviceenginegroup-9',
      snat_ip: [{ addr: '10.10.40.50', type: 'V4' }],
    };
    expect(cliForCreate('virtualservice', body, (ref) => (ref.endsWith('-9') ? 'Routed-Group' : undefined))).toEqual([
      'configure virtualservice shop',
      '  pool_ref shop-pool',
      '  application_profile_ref HTTP-Client-IP',
      '  se_group_ref Routed-Group',
      '  snat_ip 10.10.40.50',
      '  save',
    ]);
  });

  it('an update clears a changed list and enters it again, and removes what was removed', () => {
    const before = { name: 'web-vs', snat_ip: [{ addr: '10.10.40.50', type: 'V4' }], description: 'old', weight: 1 };
    const after = { name: 'web-vs', snat_ip: [{ addr: '10.10.40.51', type: 'V4' }], weight: 2 };
    expect(cliForUpdate('virtualservice', before, after, noNames)).toEqual([
      'configure virtualservice web-vs',
      '  no snat_ip',
      '  snat_ip 10.10.40.51',
      '  no description',
      '  weight 2',
      '  save',
    ]);
  });

  it('quotes values with spaces', () => {
    expect(cliForCreate('pool', { name: 'p', description: 'two words' }, noNames)).toContain('  description "two words"');
  });
});
