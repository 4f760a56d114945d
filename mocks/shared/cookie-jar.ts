/**
 * A minimal cookie jar for Node clients of the mock controller (tests, benchmarks): remembers the
 * `Set-Cookie` values of responses and sends them back, like a browser would for one origin.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Records the cookies a response sets (an empty value or `Max-Age=0` removes one). */
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  delete(name: string): void {
    this.cookies.delete(name);
  }

  clear(): void {
    this.cookies.clear();
  }

  /** The `Cookie` request header value, or undefined when the jar is empty. */
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /**
   * A `fetch` that sends the jar's cookies and stores the response's. With `csrf: true` it also adds
   * `X-CSRFToken` from the `csrftoken` cookie on writes, as the console does.
   */
  fetch(base: typeof fetch = globalThis.fetch, { csrf = false }: { csrf?: boolean } = {}): typeof fetch {
    return async (input, init = {}) => {
      const headers = new Headers(init.headers);
      const cookie = this.header();
      if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
      const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      const token = this.get('csrftoken');
      if (csrf && token && method !== 'GET' && method !== 'HEAD' && !headers.has('x-csrftoken')) headers.set('X-CSRFToken', token);
      const response = await base(input, { ...init, headers });
      this.store(response);
      return response;
    };
  }
}
