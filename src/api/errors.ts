/**
 * An error answered by the controller (or by the proxy in front of it). `message` is what the controller
 * said in `{"error": "..."}`, or its plain-text body, or a description of the HTTP failure.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly body: unknown;
  readonly method: string;
  readonly path: string;

  constructor(init: { status: number; message: string; body: unknown; method: string; path: string }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.body = init.body;
    this.method = init.method;
    this.path = init.path;
  }

  get isUnauthorized(): boolean {
    return this.status === 401 || this.status === 419;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** The controller could not be reached at all (network down, proxy without upstream). */
export class ControllerUnreachableError extends Error {
  constructor(cause: unknown) {
    super('The controller could not be reached. Check the network connection and the controller address.');
    this.name = 'ControllerUnreachableError';
    this.cause = cause;
  }
}

/**
 * Someone else saved the object after it was loaded here (its `_last_modified` changed). The controller
 * does not lock objects, so the console checks before every replace.
 */
export class ConcurrentChangeError extends Error {
  readonly current: unknown;

  constructor(objectLabel: string, current: unknown) {
    super(`${objectLabel} was changed by someone else after you opened it. Reload it to see the current version, then make your change again.`);
    this.name = 'ConcurrentChangeError';
    this.current = current;
  }
}

export function errorMessageFromBody(status: number, statusText: string, body: unknown): string {
  if (body && typeof body === 'object' && 'error' in body && typeof (body as { error: unknown }).error === 'string') {
    return (body as { error: string }).error;
  }
  if (typeof body === 'string' && body.trim() !== '' && body.length < 2000 && !/^\s*</.test(body)) {
    return body.trim();
  }
  return `The controller answered ${status}${statusText ? ` ${statusText}` : ''}.`;
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError || error instanceof ControllerUnreachableError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
