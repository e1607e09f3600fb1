import { applyDecorators, Body, HttpCode, Param, Query, RequestMapping, RequestMethod } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { RouteName, routes, RouteSpec } from '@broedplaats/contracts';
import type { z } from 'zod';
import { Public } from './auth-context';
import { ZodPipe } from './validation';

type Part = 'params' | 'query' | 'body';
/** The checked input of a route, e.g. `RouteIn<'updateNetwork', 'body'>`. */
export type RouteIn<K extends RouteName, P extends Part> = (typeof routes)[K] extends { [X in P]: z.ZodType } ? z.output<(typeof routes)[K][P]> : never;

/** What a route's Fastify config carries; the rate-limit plugin reads the bucket from here. */
export type RouteSettings = { limitBucket?: RouteSpec['rateLimit'] };

/**
 * Serves a handler at the route the contracts describe: method, path, status, public or not, and
 * its rate-limit bucket all come from the one route table. The global prefix adds `/api`.
 */
export function ApiRoute(spec: RouteSpec): MethodDecorator {
  const settings: RouteSettings = spec.rateLimit ? { limitBucket: spec.rateLimit } : {};
  return applyDecorators(
    RequestMapping({ path: spec.path.replace(/^\/api/, ''), method: RequestMethod[spec.method] }),
    HttpCode(spec.status),
    RouteConfig(settings),
    ...(spec.access === 'public' ? [Public()] : []),
  );
}

const schemaOf = (spec: RouteSpec, part: 'params' | 'query' | 'body') => {
  const schema = spec[part];
  if (!schema) throw new Error(`${spec.method} ${spec.path} declares no ${part}`);
  return new ZodPipe(schema);
};

/** The route's path parameters, checked by its contract schema (a bad id is a 400 with fields). */
export const RouteParams = (spec: RouteSpec): ParameterDecorator => Param(schemaOf(spec, 'params'));
export const RouteQuery = (spec: RouteSpec): ParameterDecorator => Query(schemaOf(spec, 'query'));
export const RouteBody = (spec: RouteSpec): ParameterDecorator => Body(schemaOf(spec, 'body'));
