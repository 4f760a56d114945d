import { z } from 'zod';
import { objectMetaShape, RefSchema } from './primitives';

/** 17.2 cloud types. 30.2 adds CLOUD_GCP and CLOUD_NSXT and drops CLOUD_APIC, CLOUD_MESOS, CLOUD_DOCKER_UCP, CLOUD_RANCHER, CLOUD_VCA. */
export const cloudTypes = [
  'CLOUD_NONE',
  'CLOUD_VCENTER',
  'CLOUD_OPENSTACK',
  'CLOUD_AWS',
  'CLOUD_VCA',
  'CLOUD_APIC',
  'CLOUD_MESOS',
  'CLOUD_LINUXSERVER',
  'CLOUD_DOCKER_UCP',
  'CLOUD_RANCHER',
  'CLOUD_OSHIFT_K8S',
  'CLOUD_AZURE',
] as const;
export type CloudType = (typeof cloudTypes)[number];

export const CloudSchema = z.looseObject({
  ...objectMetaShape,
  vtype: z.enum(cloudTypes).default('CLOUD_NONE'),
  dhcp_enabled: z.boolean().default(false),
  mtu: z.int().default(1500),
  prefer_static_routes: z.boolean().default(false),
  enable_vip_static_routes: z.boolean().default(false),
  state_based_dns_registration: z.boolean().default(true),
  apic_mode: z.boolean().default(false),
  ipam_provider_ref: RefSchema.optional(),
  dns_provider_ref: RefSchema.optional(),
});
export type Cloud = z.infer<typeof CloudSchema>;
