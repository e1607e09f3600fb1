/** Replaces `fetch` (outside the web app) with canned answers keyed by "METHOD /path". */
export type FakeCall = { method: string; path: string; headers: Record<string, string>; body: unknown };
type Reply = { status?: number; body?: unknown };
/** A fixed answer, or a small server function: it may keep state between calls and answer later. */
type Route = Reply | ((call: FakeCall) => Reply | Promise<Reply>);

export function fakeApi(routes: Record<string, Route>) {
  const calls: FakeCall[] = [];
  const fetchMock = jest.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://localhost');
    const method = init.method ?? 'GET';
    const call: FakeCall = {
      method,
      path: url.pathname + url.search,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const route = routes[`${method} ${url.pathname}`];
    const reply = typeof route === 'function' ? await route(call) : (route ?? { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } });
    const status = reply.status ?? 200;
    return { ok: status >= 200 && status < 300, status, text: async () => (reply.body === undefined ? '' : JSON.stringify(reply.body)) };
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return { calls, fetchMock };
}

export const unauthenticated = { status: 401, body: { error: { code: 'unauthenticated', message: 'Log in' } } };
export const forbidden = { status: 403, body: { error: { code: 'forbidden', message: 'Not allowed' } } };

/** A promise with its resolve function outside, to hold an answer back until the test lets it go. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}
