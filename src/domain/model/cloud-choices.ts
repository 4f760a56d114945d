/** Cloud types, apart from the schema: code that checks them does not need zod. */
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
