import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { routes, type CycleComment, type Measurement, type SessionLog } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { CycleRecordsService } from './cycle-records.service';

export const download = (reply: FastifyReply, type: string, { filename, body }: { filename: string; body: string }) => {
  reply.header('content-type', `${type}; charset=utf-8`).header('content-disposition', `attachment; filename="${filename}"`);
  return body;
};

/** Session logs, measurements and comments of a cycle. */
@Controller()
export class CycleRecordsController {
  constructor(private readonly records: CycleRecordsService) {}

  @ApiRoute(routes.cycleLogs)
  logs(@CurrentUser() { user }: AuthContext, @RouteParams(routes.cycleLogs) { networkId, cycleId }: In<'cycleLogs', 'params'>): Promise<SessionLog[]> {
    return this.records.logs(user, networkId, cycleId);
  }

  @ApiRoute(routes.logSession)
  log(@CurrentUser() { user }: AuthContext, @RouteParams(routes.logSession) { networkId, cycleId }: In<'logSession', 'params'>, @RouteBody(routes.logSession) body: In<'logSession', 'body'>): Promise<SessionLog> {
    return this.records.log(user, networkId, cycleId, body);
  }

  @ApiRoute(routes.addMeasurement)
  measure(@CurrentUser() { user }: AuthContext, @RouteParams(routes.addMeasurement) { networkId, cycleId }: In<'addMeasurement', 'params'>, @RouteBody(routes.addMeasurement) body: In<'addMeasurement', 'body'>): Promise<Measurement> {
    return this.records.measure(user, networkId, cycleId, body);
  }

  @ApiRoute(routes.cycleMeasurementsCsv)
  async csv(@CurrentUser() { user }: AuthContext, @RouteParams(routes.cycleMeasurementsCsv) { networkId, cycleId }: In<'cycleMeasurementsCsv', 'params'>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return download(reply, 'text/csv', await this.records.csv(user, networkId, cycleId));
  }

  @ApiRoute(routes.cycleComments)
  comments(@CurrentUser() { user }: AuthContext, @RouteParams(routes.cycleComments) { networkId, cycleId }: In<'cycleComments', 'params'>): Promise<CycleComment[]> {
    return this.records.comments(user, networkId, cycleId);
  }

  @ApiRoute(routes.commentOnCycle)
  comment(@CurrentUser() { user }: AuthContext, @RouteParams(routes.commentOnCycle) { networkId, cycleId }: In<'commentOnCycle', 'params'>, @RouteBody(routes.commentOnCycle) body: In<'commentOnCycle', 'body'>): Promise<CycleComment> {
    return this.records.comment(user, networkId, cycleId, body);
  }
}
