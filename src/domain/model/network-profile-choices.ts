/** A network profile's choices, apart from its schema: a page that shows them does not need zod. */
/** 17.2 protocol types (UDP proxy since 17.2.8; 22.1.3 adds SCTP). */
export const networkProfileTypes = [
  'PROTOCOL_TYPE_TCP_PROXY',
  'PROTOCOL_TYPE_TCP_FAST_PATH',
  'PROTOCOL_TYPE_UDP_FAST_PATH',
  'PROTOCOL_TYPE_UDP_PROXY',
] as const;
export type NetworkProfileType = (typeof networkProfileTypes)[number];

export const networkProfileTypeLabels: Record<NetworkProfileType, string> = {
  PROTOCOL_TYPE_TCP_PROXY: 'TCP Proxy',
  PROTOCOL_TYPE_TCP_FAST_PATH: 'TCP Fast Path',
  PROTOCOL_TYPE_UDP_FAST_PATH: 'UDP Fast Path',
  PROTOCOL_TYPE_UDP_PROXY: 'UDP Proxy',
};
