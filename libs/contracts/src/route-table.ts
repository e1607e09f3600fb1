import { adminRoutes } from './admin.routes';
import { agendaRoutes } from './agenda.routes';
import { cycleRoutes } from './cycles.routes';
import { documentRoutes } from './documents.routes';
import { intervisionRoutes } from './intervision.routes';
import { meetingRoutes } from './meetings.routes';
import { reflectionRoutes } from './reflection.routes';
import { coreRoutes } from './routes';

/**
 * Every HTTP operation of the API, for the server and its tests (a test fails when Fastify serves a route
 * that is not here, or the reverse). The web imports the groups instead, so each comes with its own chunk.
 */
export const routes = {
  ...coreRoutes,
  ...agendaRoutes,
  ...meetingRoutes,
  ...adminRoutes,
  ...documentRoutes,
  ...cycleRoutes,
  ...intervisionRoutes,
  ...reflectionRoutes,
} as const;

export type RouteName = keyof typeof routes;
export type Route = (typeof routes)[RouteName];
