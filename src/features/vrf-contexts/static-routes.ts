import { isDefaultRoute, type StaticRoute, type VrfContext } from '@/domain/model';
import { ipv4ToNumber, isIpv4 } from '@/domain/net/ipv4';

/** A route as typed in the form. */
export interface RouteForm {
  /** CIDR, e.g. 0.0.0.0/0 or 192.168.50.0/24. */
  prefix: string;
  nextHop: string;
}

export interface RouteErrors {
  prefix?: string;
  nextHop?: string;
}

export const DEFAULT_ROUTE_PREFIX = '0.0.0.0/0';

export function routeToForm(route: StaticRoute): RouteForm {
  return { prefix: `${route.prefix.ip_addr.addr}/${route.prefix.mask}`, nextHop: route.next_hop.addr };
}

function parsePrefix(text: string): { addr: string; mask: number } | undefined {
  const match = /^(\S+)\/(\d{1,2})$/.exec(text.trim());
  if (!match || !isIpv4(match[1]!)) return undefined;
  const mask = Number(match[2]);
  return mask <= 32 ? { addr: match[1]!, mask } : undefined;
}

/** Checks a typed route against the VRF's other routes (`editingId`: the route being edited, if any). */
export function validateRoute(form: RouteForm, routes: readonly StaticRoute[], editingId?: string): RouteErrors {
  const errors: RouteErrors = {};
  const prefix = parsePrefix(form.prefix);
  if (!form.prefix.trim()) errors.prefix = 'Enter the destination network in CIDR form, for example 192.168.50.0/24, or 0.0.0.0/0 for the default route.';
  else if (!prefix) errors.prefix = `"${form.prefix.trim()}" is not an IPv4 network in CIDR form, for example 192.168.50.0/24.`;
  else {
    const size = 2 ** (32 - prefix.mask);
    const value = ipv4ToNumber(prefix.addr)!;
    if (value % size !== 0) {
      const network = Math.floor(value / size) * size;
      const text = [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256).join('.');
      errors.prefix = `${prefix.addr}/${prefix.mask} has host bits set: the network is ${text}/${prefix.mask}.`;
    } else if (routes.some((r) => r.route_id !== editingId && r.prefix.ip_addr.addr === prefix.addr && r.prefix.mask === prefix.mask)) {
      errors.prefix = `A route to ${prefix.addr}/${prefix.mask} already exists; edit that one instead.`;
    }
  }
  if (!form.nextHop.trim()) errors.nextHop = 'Enter the next hop, the router\u2019s IPv4 address, for example 10.10.40.1.';
  else if (!isIpv4(form.nextHop.trim())) errors.nextHop = `"${form.nextHop.trim()}" is not an IPv4 address, for example 10.10.40.1.`;
  return errors;
}

export function hasErrors(errors: RouteErrors): boolean {
  return errors.prefix !== undefined || errors.nextHop !== undefined;
}

/** The lowest unused numeric route id, as the controller's UI numbers routes ("1", "2", ...). */
export function nextRouteId(routes: readonly StaticRoute[]): string {
  const used = new Set(routes.map((r) => r.route_id));
  let id = 1;
  while (used.has(String(id))) id += 1;
  return String(id);
}

function routeFromForm(form: RouteForm, base: Partial<StaticRoute> & { route_id: string }): StaticRoute {
  const prefix = parsePrefix(form.prefix)!;
  return {
    ...base,
    route_id: base.route_id,
    prefix: { ...base.prefix, ip_addr: { ...base.prefix?.ip_addr, addr: prefix.addr, type: 'V4' }, mask: prefix.mask },
    next_hop: { ...base.next_hop, addr: form.nextHop.trim(), type: 'V4' },
  };
}

/** The VRF to PUT with one route added (no `routeId`) or replaced, everything else as loaded. */
export function vrfWithRoute(loaded: VrfContext, form: RouteForm, routeId?: string): VrfContext {
  const next = structuredClone(loaded);
  const routes = next.static_routes ?? [];
  const index = routeId === undefined ? -1 : routes.findIndex((r) => r.route_id === routeId);
  if (index >= 0) routes[index] = routeFromForm(form, routes[index]!);
  else routes.push(routeFromForm(form, { route_id: nextRouteId(routes) }));
  next.static_routes = routes;
  return next;
}

export function vrfWithoutRoute(loaded: VrfContext, routeId: string): VrfContext {
  const next = structuredClone(loaded);
  next.static_routes = (next.static_routes ?? []).filter((r) => r.route_id !== routeId);
  return next;
}

export function defaultRouteOf(vrf: Pick<VrfContext, 'static_routes'>): StaticRoute | undefined {
  return (vrf.static_routes ?? []).find((route) => isDefaultRoute(route) && route.prefix.ip_addr.type === 'V4');
}

/** Sets the SE default gateway: replaces the IPv4 default route's next hop, or adds the route. */
export function vrfWithDefaultGateway(loaded: VrfContext, nextHop: string): VrfContext {
  return vrfWithRoute(loaded, { prefix: DEFAULT_ROUTE_PREFIX, nextHop }, defaultRouteOf(loaded)?.route_id);
}
