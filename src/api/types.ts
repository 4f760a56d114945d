/** Shapes of the controller's REST API that are not object schemas. */

export interface ListResult<T> {
  count: number;
  results: T[];
  next?: string;
}

export interface ListParams {
  page?: number;
  page_size?: number;
  name?: string;
  search?: string;
  /** Field name, `-field` for descending. */
  sort?: string;
  fields?: string[];
  include_name?: boolean;
  refers_to?: string;
  referred_by?: string;
  [filter: string]: string | number | boolean | string[] | undefined;
}

export type PatchOperation = 'add' | 'replace' | 'delete';

export interface ControllerVersion {
  Version: string;
  build?: number;
  Tag?: string;
  ProductName?: string;
  min_version?: number;
  Product?: string;
  Date?: string;
}

export interface LoginUser {
  username: string;
  name?: string;
  full_name?: string;
  is_superuser?: boolean;
  default_tenant_ref?: string;
  local?: boolean;
  uuid?: string;
  /** Mock controller and newer controllers: the user's role, e.g. "System-Admin" or "Application-Operator". */
  access?: { role_ref?: string; tenant_ref?: string; all_tenants?: boolean }[];
}

export interface LoginResponse {
  user_initialized?: boolean;
  version: ControllerVersion;
  user: LoginUser;
  tenants?: { url: string; uuid: string; name: string }[];
  controller?: { api_idle_timeout?: number };
  session_cookie_name?: string;
  [key: string]: unknown;
}
