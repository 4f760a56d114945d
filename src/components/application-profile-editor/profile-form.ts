import { z } from 'zod';
import {
  applicationProfileTypes,
  proxyProtocolVersions,
  type ApplicationProfile,
  type ApplicationProfileType,
  type ProxyProtocolVersion,
} from '@/domain/model';
import { applyFieldEdits, getAt, type FieldValues } from '../object-form/field-edits';

/**
 * The application profile editor's form and its mapping to and from the API object. The mapping only
 * writes the fields the form manages and only where they changed, so opening a profile and saving it
 * unchanged sends back exactly what was loaded.
 */

const HTTP: ApplicationProfileType = 'APPLICATION_PROFILE_TYPE_HTTP';
const L4: ApplicationProfileType = 'APPLICATION_PROFILE_TYPE_L4';

type BoolField = { kind: 'bool'; path: string; fallback: boolean };
type NumberField = { kind: 'number'; path: string; fallback: number; min: number; max: number; unit: string };
type TextField = { kind: 'text'; path: string; fallback: string };

/** HTTP settings the editor shows (`http_profile`), with the API defaults of 17.2. */
export const httpFieldSpecs = {
  connectionMultiplexing: { kind: 'bool', path: 'http_profile.connection_multiplexing_enabled', fallback: true },
  xff: { kind: 'bool', path: 'http_profile.xff_enabled', fallback: true },
  xffName: { kind: 'text', path: 'http_profile.xff_alternate_name', fallback: 'X-Forwarded-For' },
  websockets: { kind: 'bool', path: 'http_profile.websockets_enabled', fallback: true },
  xForwardedProto: { kind: 'bool', path: 'http_profile.x_forwarded_proto_enabled', fallback: false },
  httpToHttps: { kind: 'bool', path: 'http_profile.http_to_https', fallback: false },
  secureCookie: { kind: 'bool', path: 'http_profile.secure_cookie_enabled', fallback: false },
  httpOnly: { kind: 'bool', path: 'http_profile.httponly_enabled', fallback: false },
  hsts: { kind: 'bool', path: 'http_profile.hsts_enabled', fallback: false },
  hstsMaxAge: { kind: 'number', path: 'http_profile.hsts_max_age', fallback: 365, min: 0, max: 10000, unit: 'days' },
  keepaliveTimeout: { kind: 'number', path: 'http_profile.keepalive_timeout', fallback: 30000, min: 10, max: 100000000, unit: 'ms' },
  clientHeaderTimeout: { kind: 'number', path: 'http_profile.client_header_timeout', fallback: 10000, min: 10, max: 100000000, unit: 'ms' },
  clientBodyTimeout: { kind: 'number', path: 'http_profile.client_body_timeout', fallback: 30000, min: 0, max: 100000000, unit: 'ms' },
  clientMaxHeaderSize: { kind: 'number', path: 'http_profile.client_max_header_size', fallback: 12, min: 1, max: 64, unit: 'KB' },
  clientMaxRequestSize: { kind: 'number', path: 'http_profile.client_max_request_size', fallback: 48, min: 1, max: 256, unit: 'KB' },
} as const satisfies Record<string, BoolField | NumberField | TextField>;

export type HttpFieldName = keyof typeof httpFieldSpecs;
type HttpNumberFieldName = { [K in HttpFieldName]: (typeof httpFieldSpecs)[K]['kind'] extends 'number' ? K : never }[HttpFieldName];

export interface ProfileFormValues {
  name: string;
  description: string;
  type: ApplicationProfileType;
  preserveClientIp: boolean;
  preserveClientPort: boolean;
  http: {
    connectionMultiplexing: boolean;
    xff: boolean;
    xffName: string;
    websockets: boolean;
    xForwardedProto: boolean;
    httpToHttps: boolean;
    secureCookie: boolean;
    httpOnly: boolean;
    hsts: boolean;
  } & Record<HttpNumberFieldName, string>;
  l4: { proxyProtocol: boolean; proxyProtocolVersion: ProxyProtocolVersion };
}

const wholeNumber = (label: string, min: number, max: number, unit: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${label} must be a whole number`)
    .refine((text) => Number(text) >= min && Number(text) <= max, `${label} must be from ${min} to ${max} ${unit}`);

export const profileFormSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a name for the application profile').max(255, 'The name can have at most 255 characters'),
    description: z.string().max(1024, 'The description can have at most 1024 characters'),
    type: z.enum(applicationProfileTypes),
    preserveClientIp: z.boolean(),
    preserveClientPort: z.boolean(),
    http: z.object({
      connectionMultiplexing: z.boolean(),
      xff: z.boolean(),
      xffName: z.string().trim().max(128, 'The header name can have at most 128 characters'),
      websockets: z.boolean(),
      xForwardedProto: z.boolean(),
      httpToHttps: z.boolean(),
      secureCookie: z.boolean(),
      httpOnly: z.boolean(),
      hsts: z.boolean(),
      hstsMaxAge: wholeNumber('HSTS max age', 0, 10000, 'days'),
      keepaliveTimeout: wholeNumber('Keepalive timeout', 10, 100000000, 'ms'),
      clientHeaderTimeout: wholeNumber('Client header timeout', 10, 100000000, 'ms'),
      clientBodyTimeout: wholeNumber('Client body timeout', 0, 100000000, 'ms'),
      clientMaxHeaderSize: wholeNumber('Client header size', 1, 64, 'KB'),
      clientMaxRequestSize: wholeNumber('Client request size', 1, 256, 'KB'),
    }),
    l4: z.object({ proxyProtocol: z.boolean(), proxyProtocolVersion: z.enum(proxyProtocolVersions) }),
  })
  .superRefine((values, ctx) => {
    if (values.type === HTTP && values.http.xff && values.http.xffName === '') {
      ctx.addIssue({ code: 'custom', path: ['http', 'xffName'], message: 'Enter the header name, for example X-Forwarded-For' });
    }
    if (values.type === HTTP && values.http.xffName !== '' && !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(values.http.xffName)) {
      ctx.addIssue({ code: 'custom', path: ['http', 'xffName'], message: 'A header name has letters, digits and - only, without spaces' });
    }
  });

/** What the form shows for a profile: its values, or the API defaults where it has none. */
export function profileToForm(profile: Partial<ApplicationProfile> & Pick<ApplicationProfile, 'type'>): ProfileFormValues {
  const http = {} as Record<HttpFieldName, boolean | string>;
  for (const [key, spec] of Object.entries(httpFieldSpecs) as [HttpFieldName, BoolField | NumberField | TextField][]) {
    const value = getAt(profile, spec.path);
    if (spec.kind === 'number') http[key] = String(typeof value === 'number' ? value : spec.fallback);
    else if (spec.kind === 'bool') http[key] = typeof value === 'boolean' ? value : spec.fallback;
    else http[key] = typeof value === 'string' ? value : spec.fallback;
  }
  return {
    name: profile.name ?? '',
    description: profile.description ?? '',
    type: profile.type,
    preserveClientIp: profile.preserve_client_ip ?? false,
    preserveClientPort: profile.preserve_client_port ?? false,
    http: http as ProfileFormValues['http'],
    l4: {
      proxyProtocol: profile.tcp_app_profile?.proxy_protocol_enabled ?? false,
      proxyProtocolVersion: profile.tcp_app_profile?.proxy_protocol_version ?? 'PROXY_PROTOCOL_VERSION_1',
    },
  };
}

/** The API fields (by dotted path) the form's values stand for. Type-specific fields only for their type. */
export function profileFormFields(values: ProfileFormValues): FieldValues {
  const fields: FieldValues = {
    name: values.name.trim(),
    description: values.description === '' ? undefined : values.description,
    type: values.type,
    preserve_client_ip: values.preserveClientIp,
    preserve_client_port: values.preserveClientIp && values.preserveClientPort,
  };
  if (values.type === HTTP) {
    for (const [key, spec] of Object.entries(httpFieldSpecs) as [HttpFieldName, BoolField | NumberField | TextField][]) {
      const value = values.http[key];
      if (spec.kind === 'number') fields[spec.path] = /^\s*\d+\s*$/.test(String(value)) ? Number(value) : value;
      else if (spec.kind === 'text') fields[spec.path] = String(value).trim();
      else fields[spec.path] = value;
    }
  }
  if (values.type === L4) {
    fields['tcp_app_profile.proxy_protocol_enabled'] = values.l4.proxyProtocol;
    fields['tcp_app_profile.proxy_protocol_version'] = values.l4.proxyProtocolVersion;
  }
  return fields;
}

/**
 * The request body for saving the form: the loaded profile with the edited fields applied. Changing the
 * type removes the other type's settings (rules XFF-HTTP-ONLY and PROXY-L4-ONLY).
 */
export function profileFromForm(values: ProfileFormValues, loaded: Partial<ApplicationProfile> & Pick<ApplicationProfile, 'type'>): ApplicationProfile {
  const body = applyFieldEdits(loaded, profileFormFields(profileToForm(loaded)), profileFormFields(values)) as ApplicationProfile;
  if (values.type !== HTTP) delete body.http_profile;
  if (values.type !== L4 && body.tcp_app_profile) {
    const { proxy_protocol_enabled: _enabled, proxy_protocol_version: _version, ...rest } = body.tcp_app_profile;
    if (Object.keys(rest).length === 0) delete body.tcp_app_profile;
    else body.tcp_app_profile = rest as ApplicationProfile['tcp_app_profile'];
  }
  return body;
}

/** A new profile's starting point: a copy of `template` (without its identity) or an empty HTTP profile. */
export function newProfileBase(template?: ApplicationProfile): Partial<ApplicationProfile> & Pick<ApplicationProfile, 'type'> {
  if (!template) return { name: '', type: HTTP };
  const copy = structuredClone(template) as Partial<ApplicationProfile> & Record<string, unknown>;
  for (const key of ['uuid', 'url', '_last_modified', 'tenant_ref', 'created_by', 'name']) delete copy[key];
  return { ...copy, name: '', type: template.type };
}

/** Fields the controller sets itself: not part of what the admin changed. */
export const readOnlyProfileFields = ['url', 'uuid', '_last_modified', 'tenant_ref'];
