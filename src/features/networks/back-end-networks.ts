import type { Network, Pool, ServiceEngineGroup } from '@/domain/model';
import { connectedNetworkOf } from '@/domain/rules';

export interface BackEndEvidence {
  /** "floating IP 10.10.10.11 of Routed-Group" */
  floatingIps: string[];
  /** Names of the pools with servers in the network. */
  pools: string[];
}

/**
 * What lies in each directly connected network, keyed by network name: pool servers (a back-end network)
 * and SE floating IPs (the servers' gateway with IP routing, or the front-end leg).
 */
export function backEndNetworks(networks: readonly Network[], seGroups: readonly ServiceEngineGroup[], pools: readonly Pool[]): Map<string, BackEndEvidence> {
  const evidence = new Map<string, BackEndEvidence>();
  const entry = (name: string) => {
    let found = evidence.get(name);
    if (!found) {
      found = { floatingIps: [], pools: [] };
      evidence.set(name, found);
    }
    return found;
  };
  for (const group of seGroups) {
    for (const ip of group.floating_intf_ip ?? []) {
      const network = connectedNetworkOf(ip, networks);
      if (network) entry(network.name).floatingIps.push(`floating IP ${ip.addr} of ${group.name}`);
    }
  }
  for (const pool of pools) {
    const inNetworks = new Set((pool.servers ?? []).map((server) => connectedNetworkOf(server.ip, networks)?.name).filter((n): n is string => n !== undefined));
    for (const name of inNetworks) entry(name).pools.push(pool.name);
  }
  for (const [name, found] of evidence) if (found.pools.length === 0 && found.floatingIps.length === 0) evidence.delete(name);
  return evidence;
}
