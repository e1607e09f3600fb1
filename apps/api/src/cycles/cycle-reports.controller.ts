import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { routes, type CycleReport, type CycleSettings, type CyclesOverview, type MyCycle, type MyCycleExport } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { download } from './cycle-records.controller';
import { CycleOverviewService } from './cycle-overview.service';
import { CycleReportService } from './cycle-report.service';
import { reportMarkdown } from './cycles.report-md';

/** Looking at cycles from above: settings, the half-year report, across networks, and my own cycles. */
@Controller()
export class CycleReportsController {
  constructor(
    private readonly overview: CycleOverviewService,
    private readonly reports: CycleReportService,
  ) {}

  @ApiRoute(routes.cycleSettings)
  settings(@CurrentUser() { user }: AuthContext, @RouteParams(routes.cycleSettings) { networkId }: In<'cycleSettings', 'params'>, @RouteBody(routes.cycleSettings) body: In<'cycleSettings', 'body'>): Promise<CycleSettings> {
    return this.overview.setStaleDays(user, networkId, body);
  }

  @ApiRoute(routes.cycleReport)
  report(@CurrentUser() { user }: AuthContext, @RouteParams(routes.cycleReport) { networkId }: In<'cycleReport', 'params'>, @RouteQuery(routes.cycleReport) query: In<'cycleReport', 'query'>): Promise<CycleReport> {
    return this.reports.report(user, networkId, query);
  }

  @ApiRoute(routes.cycleReportMarkdown)
  async markdown(
    @CurrentUser() { user }: AuthContext,
    @RouteParams(routes.cycleReportMarkdown) { networkId }: In<'cycleReportMarkdown', 'params'>,
    @RouteQuery(routes.cycleReportMarkdown) query: In<'cycleReportMarkdown', 'query'>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const report = await this.reports.report(user, networkId, query);
    return download(reply, 'text/markdown', { filename: `leercycli-${report.from}-${report.to}.md`, body: reportMarkdown(report) });
  }

  @ApiRoute(routes.myCycles)
  mine(@CurrentUser() { user }: AuthContext): Promise<MyCycle[]> {
    return this.overview.mine(user);
  }

  @ApiRoute(routes.myCycle)
  myCycle(@CurrentUser() { user }: AuthContext, @RouteParams(routes.myCycle) { cycleId }: In<'myCycle', 'params'>): Promise<MyCycleExport> {
    return this.overview.myCycle(user, cycleId);
  }

  @ApiRoute(routes.myCycleMeasurementsCsv)
  async myCsv(@CurrentUser() { user }: AuthContext, @RouteParams(routes.myCycleMeasurementsCsv) { cycleId }: In<'myCycleMeasurementsCsv', 'params'>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return download(reply, 'text/csv', await this.overview.myCsv(user, cycleId));
  }

  @ApiRoute(routes.cyclesOverview)
  acrossNetworks(@CurrentUser() { user }: AuthContext): Promise<CyclesOverview> {
    return this.overview.acrossNetworks(user);
  }
}
