import { OpenAPIRegistry, OpenApiGeneratorV3, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import * as c from '@broedplaats/contracts';
import { z } from 'zod';

type Method = RouteConfig['method'];
/** `gone`: answers 410 for a used, expired or revoked invitation; `limited`: rate-limited (429). */
type Spec = { summary: string; tag: string; body?: z.ZodType; query?: z.ZodObject; params?: string[]; ok?: z.ZodType; status?: number; isPublic?: boolean; gone?: boolean; limited?: boolean };

// zod 4 attaches methods per instance, so `.openapi()` cannot be added to the contracts' existing
// schemas; `.meta({ id })` names a component instead.
const ErrorBody = c.ErrorBody.meta({ id: 'ErrorBody' });
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });

/** Built from the same zod schemas the API validates with, so the document cannot drift from the code. */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: c.SESSION_COOKIE });

  const route = (method: Method, path: string, spec: Spec) => {
    const params = spec.params?.length ? z.object(Object.fromEntries(spec.params.map((p) => [p, p === 'token' ? z.string() : c.Id]))) : undefined;
    const status = spec.status ?? 200;
    registry.registerPath({
      method,
      path,
      summary: spec.summary,
      tags: [spec.tag],
      security: spec.isPublic ? [] : [{ session: [] }],
      request: {
        ...(params ? { params } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } } } } : {}),
        ...(method !== 'get' ? { headers: z.object({ [c.CSRF_HEADER]: z.literal(c.CSRF_HEADER_VALUE) }) } : {}),
      },
      responses: {
        [status]: spec.ok ? { description: 'OK', content: { 'application/json': { schema: spec.ok } } } : { description: 'Done' },
        400: errorResponse('validation_failed'),
        ...(spec.isPublic ? {} : { 401: errorResponse('unauthenticated') }),
        403: errorResponse('forbidden or csrf_failed'),
        404: errorResponse('not_found'),
        409: errorResponse('conflict (email_taken, last_facilitator, already_member, network_archived, not_archived)'),
        ...(spec.gone ? { 410: errorResponse('invitation_invalid (used, expired or revoked)') } : {}),
        ...(spec.body ? { 413: errorResponse('body too large'), 415: errorResponse('not application/json') } : {}),
        ...(spec.limited ? { 429: errorResponse('rate_limited') } : {}),
      },
    });
  };

  const net = ['networkId'];
  route('post', '/api/auth/register', { tag: 'auth', summary: 'Create an account (and join from an invitation)', body: c.RegisterBody, ok: c.AuthResult, status: 201, isPublic: true, gone: true, limited: true });
  route('post', '/api/auth/login', { tag: 'auth', summary: 'Log in (and join from an invitation)', body: c.LoginBody, ok: c.AuthResult, isPublic: true, gone: true, limited: true });
  route('post', '/api/auth/logout', { tag: 'auth', summary: 'End this session', status: 204 });
  route('get', '/api/auth/me', { tag: 'auth', summary: 'The logged-in account', ok: c.Me });
  route('patch', '/api/auth/me', { tag: 'auth', summary: 'Change name or language', body: c.UpdateProfileBody, ok: c.Me });
  route('post', '/api/auth/password', { tag: 'auth', summary: 'Change my password (ends my other sessions)', body: c.ChangePasswordBody, status: 204, limited: true });
  route('get', '/api/auth/sessions', { tag: 'auth', summary: 'My sessions', ok: c.SessionList });
  route('delete', '/api/auth/sessions/{sessionId}', { tag: 'auth', summary: 'Revoke one of my sessions', params: ['sessionId'], status: 204 });
  route('get', '/api/themes', { tag: 'themes', summary: 'The theme taxonomy', ok: c.ThemeList, isPublic: true });
  route('get', '/api/partners', { tag: 'networks', summary: 'Search partner organisations', query: c.PartnerSearchQuery, ok: c.PartnerList });
  route('get', '/api/networks', { tag: 'networks', summary: 'My networks or public networks', query: c.NetworkListQuery, ok: c.NetworkPage });
  route('post', '/api/networks', { tag: 'networks', summary: 'Start a network (you become its facilitator)', body: c.NetworkBody, ok: c.Network, status: 201 });
  route('get', '/api/networks/{networkId}', { tag: 'networks', summary: 'A network (profile only for non-members)', params: net, ok: c.Network });
  route('patch', '/api/networks/{networkId}', { tag: 'networks', summary: 'Edit a network', params: net, body: c.UpdateNetworkBody, ok: c.Network });
  route('post', '/api/networks/{networkId}/archive', { tag: 'networks', summary: 'Archive a network', params: net, ok: c.Network });
  route('post', '/api/networks/{networkId}/restore', { tag: 'networks', summary: 'Bring an archived network back', params: net, ok: c.Network });
  route('get', '/api/networks/{networkId}/members', { tag: 'members', summary: 'Members of a network', params: net, ok: c.MemberList });
  route('patch', '/api/networks/{networkId}/members/{userId}', { tag: 'members', summary: 'Change role, category or engagement', params: [...net, 'userId'], body: c.UpdateMemberBody, ok: c.Member });
  route('delete', '/api/networks/{networkId}/members/{userId}', { tag: 'members', summary: 'Remove a member, or leave (own id)', params: [...net, 'userId'], status: 204 });
  route('get', '/api/networks/{networkId}/invitations', { tag: 'invitations', summary: 'Invitation links (facilitators)', params: net, ok: c.InvitationList });
  route('post', '/api/networks/{networkId}/invitations', { tag: 'invitations', summary: 'Make an invitation link', params: net, body: c.CreateInvitationBody, ok: c.Invitation, status: 201 });
  route('delete', '/api/networks/{networkId}/invitations/{invitationId}', { tag: 'invitations', summary: 'Revoke an invitation link', params: [...net, 'invitationId'], ok: c.Invitation });
  route('get', '/api/invitations/{token}', { tag: 'invitations', summary: 'What an invitation link offers', params: ['token'], ok: c.InvitationPreview, isPublic: true, gone: true });
  route('post', '/api/invitations/{token}/accept', { tag: 'invitations', summary: 'Join with an invitation link', params: ['token'], ok: c.AcceptInvitationResult, gone: true });
  route('get', '/api/health', { tag: 'operations', summary: 'Database and Redis status', ok: c.Health, isPublic: true });

  return new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: '3.0.3',
    info: { title: 'Broedplaats API', version: '0.1.0', description: 'Socket events are listed in libs/contracts/src/realtime.ts.' },
  });
}
