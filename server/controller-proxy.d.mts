import type http from 'node:http';

export function controllerProxyConfig(env: Record<string, string | undefined>): { target: URL; insecure: boolean } | undefined;
export function isControllerPath(url: string | undefined): boolean;
export function rewriteSetCookie(cookie: string, consoleIsHttps: boolean): string;
export function forwardedRequestHeaders(incoming: http.IncomingHttpHeaders, target: URL): http.OutgoingHttpHeaders;
export function createControllerProxy(options: {
  target: URL;
  insecure: boolean;
  log?: (line: string) => void;
}): (req: http.IncomingMessage, res: http.ServerResponse) => void;
