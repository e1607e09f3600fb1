import { coreRoutes, CSRF_HEADER, type Me, type Network } from '@broedplaats/contracts';
import { fakeApi } from '../../test/fake-api';
import { me, networkId } from '../../test/fixtures';
import { ApiError, callRoute } from './api';

describe('callRoute', () => {
  it('fills in the path parameters percent-encoded, so a value cannot reach another route', async () => {
    const { calls } = fakeApi({});
    await callRoute(coreRoutes.invitationPreview, { params: { token: 'abc/../x y?z=1#' } }).catch(() => undefined);
    expect(calls[0].path).toBe('/api/invitations/abc%2F..%2Fx%20y%3Fz%3D1%23');
  });

  it('sends the CSRF header and the JSON body on a change, and parses the answer with the route’s schema', async () => {
    const { calls } = fakeApi({ 'PATCH /api/auth/me': { body: { ...me, displayName: 'Anna', extra: 'dropped' } } });
    const answer = await callRoute(coreRoutes.updateMe, { body: { displayName: 'Anna' } });
    expect(answer).toEqual({ ...me, displayName: 'Anna' });
    expect(calls[0]).toMatchObject({ method: 'PATCH', path: '/api/auth/me', body: { displayName: 'Anna' } });
    expect(calls[0].headers[CSRF_HEADER]).toBe('1');
    expect(calls[0].headers['content-type']).toBe('application/json');
  });

  it('sends the CSRF header on a change without a body too, and no content type', async () => {
    const { calls } = fakeApi({ [`DELETE /api/networks/${networkId}/members/${me.id}`]: { status: 204 } });
    await expect(callRoute(coreRoutes.removeMember, { params: { networkId, userId: me.id } })).resolves.toBeUndefined();
    expect(calls[0].headers[CSRF_HEADER]).toBe('1');
    expect(calls[0].headers['content-type']).toBeUndefined();
  });

  it('leaves the CSRF header off reads, and the query off when it is empty', async () => {
    const { calls } = fakeApi({ 'GET /api/networks': { body: { items: [], total: 0, page: 1, pageSize: 12 } } });
    await callRoute(coreRoutes.networks, { query: { scope: 'public', q: '', page: 2 } });
    await callRoute(coreRoutes.networks, { query: { q: '', page: undefined } });
    await callRoute(coreRoutes.networks);
    expect(calls.map((call) => call.path)).toEqual(['/api/networks?scope=public&page=2', '/api/networks', '/api/networks']);
    expect(calls.map((call) => call.headers[CSRF_HEADER])).toEqual([undefined, undefined, undefined]);
  });

  it('answers nothing for a route without a response schema, whatever the server sends', async () => {
    fakeApi({ 'POST /api/auth/logout': { body: { unexpected: true } } });
    await expect(callRoute(coreRoutes.logout)).resolves.toBeUndefined();
  });

  it('calls an answer that breaks the contract an internal error instead of passing it on', async () => {
    fakeApi({ 'GET /api/auth/me': { body: { ...me, id: 'not-a-uuid' } } });
    await expect(callRoute(coreRoutes.me)).rejects.toMatchObject({ code: 'internal', status: 200, message: expect.stringContaining('GET /api/auth/me') });
  });

  it('maps the error shape to an ApiError with code, status and field errors', async () => {
    fakeApi({
      'POST /api/auth/register': {
        status: 400,
        body: { error: { code: 'validation_failed', message: 'Bad input', fields: { email: 'Invalid email' } } },
      },
    });
    const failure = callRoute(coreRoutes.register, { body: { email: 'x', password: 'y', displayName: 'z' } });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 400, code: 'validation_failed', fields: { email: 'Invalid email' } });
  });

  it('turns a page that is not our error shape, or no answer at all, into a typed error', async () => {
    fakeApi({ 'GET /api/themes': { status: 502, body: '<html>Bad gateway</html>' } });
    await expect(callRoute(coreRoutes.themes)).rejects.toMatchObject({ code: 'internal', status: 502 });

    global.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch')) as unknown as typeof fetch;
    await expect(callRoute(coreRoutes.themes)).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('passes an abort on as an abort, not as a network error', async () => {
    global.fetch = jest.fn().mockRejectedValue(new DOMException('Aborted', 'AbortError')) as unknown as typeof fetch;
    await expect(callRoute(coreRoutes.themes, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('types its input and answer from the route table (tsc checks the lines marked as errors)', () => {
    // Never called: these lines are for the type checker, which fails when an expected error is missing.
    const typeChecks = () => {
      const network: Promise<Network> = callRoute(coreRoutes.network, { params: { networkId } });
      const nothing: Promise<void> = callRoute(coreRoutes.logout);
      // @ts-expect-error the network route has a path parameter
      void callRoute(coreRoutes.network);
      // @ts-expect-error the parameter is called networkId
      void callRoute(coreRoutes.network, { params: { id: networkId } });
      // @ts-expect-error logging out takes no body
      void callRoute(coreRoutes.logout, { body: {} });
      // @ts-expect-error the body must match the contract
      void callRoute(coreRoutes.updateMe, { body: { displayName: 3 } });
      // @ts-expect-error the query must match the contract
      void callRoute(coreRoutes.networks, { query: { scope: 'everyone' } });
      // @ts-expect-error logging out answers nothing
      const notMe: Promise<Me> = callRoute(coreRoutes.logout);
      return [network, nothing, notMe];
    };
    expect(typeof typeChecks).toBe('function');
  });
});
