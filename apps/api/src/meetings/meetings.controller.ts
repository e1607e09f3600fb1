import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { routes, type CalendarFeed, type MeetingDetail, type MeetingPage, type MeetingSeriesResult, type MyActionItems, type MyMeetings, type QuestionMeetings } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { CalendarFeedService } from './calendar-feed.service';
import { MeetingWorkService } from './meeting-work.service';
import { MeetingsService } from './meetings.service';

const calendar = (reply: FastifyReply, body: string, filename: string) => {
  reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`);
  return body;
};

/** Scheduling and reading meetings, calendar files and the personal feed. */
@Controller()
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly work: MeetingWorkService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @ApiRoute(routes.meetings)
  list(@CurrentUser() { user }: AuthContext, @RouteParams(routes.meetings) { networkId }: In<'meetings', 'params'>, @RouteQuery(routes.meetings) query: In<'meetings', 'query'>): Promise<MeetingPage> {
    return this.meetings.list(user, networkId, query);
  }

  @ApiRoute(routes.scheduleMeeting)
  schedule(@CurrentUser() { user }: AuthContext, @RouteParams(routes.scheduleMeeting) { networkId }: In<'scheduleMeeting', 'params'>, @RouteBody(routes.scheduleMeeting) body: In<'scheduleMeeting', 'body'>): Promise<MeetingDetail> {
    return this.meetings.schedule(user, networkId, body);
  }

  @ApiRoute(routes.scheduleSeries)
  series(@CurrentUser() { user }: AuthContext, @RouteParams(routes.scheduleSeries) { networkId }: In<'scheduleSeries', 'params'>, @RouteBody(routes.scheduleSeries) body: In<'scheduleSeries', 'body'>): Promise<MeetingSeriesResult> {
    return this.meetings.scheduleSeries(user, networkId, body);
  }

  @ApiRoute(routes.meeting)
  get(@CurrentUser() { user }: AuthContext, @RouteParams(routes.meeting) { networkId, meetingId }: In<'meeting', 'params'>): Promise<MeetingDetail> {
    return this.meetings.get(user, networkId, meetingId);
  }

  @ApiRoute(routes.updateMeeting)
  update(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateMeeting) { networkId, meetingId }: In<'updateMeeting', 'params'>, @RouteBody(routes.updateMeeting) body: In<'updateMeeting', 'body'>): Promise<MeetingDetail> {
    return this.meetings.update(user, networkId, meetingId, body);
  }

  @ApiRoute(routes.cancelMeeting)
  cancel(@CurrentUser() { user }: AuthContext, @RouteParams(routes.cancelMeeting) { networkId, meetingId }: In<'cancelMeeting', 'params'>): Promise<MeetingDetail> {
    return this.meetings.cancel(user, networkId, meetingId);
  }

  @ApiRoute(routes.meetingIcs)
  async ics(@CurrentUser() { user }: AuthContext, @RouteParams(routes.meetingIcs) { networkId, meetingId }: In<'meetingIcs', 'params'>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return calendar(reply, await this.meetings.ics(user, networkId, meetingId), 'bijeenkomst.ics');
  }

  @ApiRoute(routes.questionMeetings)
  discussing(@CurrentUser() { user }: AuthContext, @RouteParams(routes.questionMeetings) { networkId, questionId }: In<'questionMeetings', 'params'>): Promise<QuestionMeetings> {
    return this.meetings.discussing(user, networkId, questionId);
  }

  @ApiRoute(routes.myMeetings)
  mine(@CurrentUser() { user }: AuthContext): Promise<MyMeetings> {
    return this.meetings.mine(user);
  }

  @ApiRoute(routes.myActionItems)
  myActions(@CurrentUser() { user }: AuthContext): Promise<MyActionItems> {
    return this.work.myActions(user);
  }

  @ApiRoute(routes.calendarFeed)
  feed(@CurrentUser() { user }: AuthContext): Promise<CalendarFeed> {
    return this.feeds.status(user);
  }

  @ApiRoute(routes.renewCalendarFeed)
  renewFeed(@CurrentUser() { user }: AuthContext): Promise<CalendarFeed> {
    return this.feeds.renew(user);
  }

  @ApiRoute(routes.revokeCalendarFeed)
  revokeFeed(@CurrentUser() { user }: AuthContext): Promise<void> {
    return this.feeds.revoke(user);
  }

  @ApiRoute(routes.calendarFeedIcs)
  async feedIcs(@RouteParams(routes.calendarFeedIcs) { token }: In<'calendarFeedIcs', 'params'>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return calendar(reply, await this.feeds.ics(token), 'broedplaats.ics');
  }
}
