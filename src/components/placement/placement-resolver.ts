import type { ApplicationProfile, Cloud, Network, Pool, ServiceEngineGroup, VrfContext, VsVip } from '@/domain/model';
import { GLOBAL_VRF_NAME, refUuid, sameRef } from '@/domain/model';
import type { PlacementResolver } from '@/domain/rules';

/** What the console fetched to evaluate placement rules: small collections whole, pools and VS VIPs as needed. */
export interface PlacementCollections {
  applicationProfiles: readonly ApplicationProfile[];
  seGroups: readonly ServiceEngineGroup[];
  vrfContexts: readonly VrfContext[];
  clouds: readonly Cloud[];
  networks: readonly Network[];
  pools: readonly Pool[];
  vsVips: readonly VsVip[];
}

export const DEFAULT_SE_GROUP_NAME = 'Default-Group';

function byRef<T extends { uuid?: string | undefined }>(objects: readonly T[], ref: string | undefined): T | undefined {
  const uuid = refUuid(ref);
  return uuid === undefined ? undefined : objects.find((object) => object.uuid === uuid);
}

function inCloud<T extends { cloud_ref?: string | undefined }>(objects: readonly T[], cloudRef: string | undefined): readonly T[] {
  if (!cloudRef) return objects;
  const same = objects.filter((object) => !object.cloud_ref || sameRef(object.cloud_ref, cloudRef));
  return same.length > 0 ? same : objects;
}

/** Looks refs up in fetched collections, with the controller's defaults: `Default-Group` and the `global` VRF of the cloud. */
export function placementResolver(collections: PlacementCollections): PlacementResolver {
  return {
    applicationProfile: (ref) => byRef(collections.applicationProfiles, ref),
    seGroup: (ref, cloudRef) =>
      ref ? byRef(collections.seGroups, ref) : inCloud(collections.seGroups, cloudRef).find((g) => g.name === DEFAULT_SE_GROUP_NAME),
    vrfContext: (ref, cloudRef) =>
      ref ? byRef(collections.vrfContexts, ref) : inCloud(collections.vrfContexts, cloudRef).find((v) => v.name === GLOBAL_VRF_NAME),
    vsVip: (ref) => byRef(collections.vsVips, ref),
    pool: (ref) => byRef(collections.pools, ref),
    cloud: (ref) => (ref ? byRef(collections.clouds, ref) : (collections.clouds.find((c) => c.name === 'Default-Cloud') ?? collections.clouds[0])),
    networks: (cloudRef) => inCloud(collections.networks, cloudRef),
  };
}
