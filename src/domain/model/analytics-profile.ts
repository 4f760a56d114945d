import { z } from 'zod';
import { objectMetaShape } from './primitives';

export const AnalyticsProfileSchema = z.looseObject({
  ...objectMetaShape,
  apdex_response_threshold: z.int().min(1).max(30000).default(500),
  apdex_server_response_threshold: z.int().min(1).max(30000).default(400),
  apdex_rtt_threshold: z.int().min(1).max(2000).default(250),
  apdex_rum_threshold: z.int().min(1).max(30000).default(5000),
  conn_lossy_ooo_threshold: z.int().min(1).max(100).default(50),
  enable_advanced_analytics: z.boolean().default(true),
});
export type AnalyticsProfile = z.infer<typeof AnalyticsProfileSchema>;
