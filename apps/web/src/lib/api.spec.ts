import { z } from 'zod';
import { CSRF_HEADER, Me } from '@broedplaats/contracts';
import { fakeApi } from '../../test/fake-api';
import { me } from '../../test/fixtures';
import { api, ApiError } from './api';

describe('api client', () => {
  it('sends the CSRF header and JSON body on a change, and parses the answer with the contract', async () => {
    const { calls } = fakeApi({ 'PATCH /api/auth/me': { body: { ...me, displayName: 'Anna' } } });
    const answer = await api('/auth/me', { method: 'PATCH', body: { displayName: 'Anna' }, schema: Me });
    expect(answer.displayName).toBe('Anna');
    expect(calls[0].headers[CSRF_HEADER]).toBe('1');
    expect(calls[0].headers['content-type']).toBe('application/json');
    expect(calls[0].body).toEqual({ displayName: 'Anna' });
  });

  it('leaves the CSRF header off reads and drops empty query values', async () => {
    const { calls } = fakeApi({ 'GET /api/networks': { body: { items: [], total: 0, page: 1, pageSize: 12 } } });
    await api('/networks', { query: { scope: 'public', q: '', page: 2 } });
    expect(calls[0].headers[CSRF_HEADER]).toBeUndefined();
    expect(calls[0].path).toBe('/api/networks?scope=public&page=2');
  });

  it('maps the error shape to an ApiError with code, status and field errors', async () => {
    fakeApi({
      'POST /api/auth/register': {
        status: 400,
        body: { error: { code: 'validation_failed', message: 'Bad input', fields: { email: 'Invalid email' } } },
      },
    });
    const failure = api('/auth/register', { method: 'POST', body: {} });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 400, code: 'validation_failed', fields: { email: 'Invalid email' } });
  });

  it('calls an answer that breaks the contract an internal error instead of passing it on', async () => {
    fakeApi({ 'GET /api/auth/me': { body: { id: 'not-a-uuid' } } });
    await expect(api('/auth/me', { schema: Me })).rejects.toMatchObject({ code: 'internal', status: 200 });
  });

  it('turns a page that is not our error shape, or no answer at all, into a typed error', async () => {
    fakeApi({ 'GET /api/themes': { status: 502, body: '<html>Bad gateway</html>' } });
    await expect(api('/themes', { schema: z.array(z.unknown()) })).rejects.toMatchObject({ code: 'internal', status: 502 });

    global.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch')) as unknown as typeof fetch;
    await expect(api('/themes')).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});
