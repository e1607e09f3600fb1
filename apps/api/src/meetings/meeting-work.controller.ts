import { Controller } from '@nestjs/common';
import { routes, type ActionItem, type LiveState, type MeetingDetail } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { MeetingWorkService } from './meeting-work.service';

/** What happens in a meeting: agenda, answers, attendance, decisions, action items, minutes, live mode. */
@Controller()
export class MeetingWorkController {
  constructor(private readonly work: MeetingWorkService) {}

  @ApiRoute(routes.addAgendaItem)
  addItem(@CurrentUser() { user }: AuthContext, @RouteParams(routes.addAgendaItem) p: In<'addAgendaItem', 'params'>, @RouteBody(routes.addAgendaItem) body: In<'addAgendaItem', 'body'>): Promise<MeetingDetail> {
    return this.work.addItem(user, p.networkId, p.meetingId, body);
  }

  @ApiRoute(routes.updateAgendaItem)
  updateItem(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateAgendaItem) p: In<'updateAgendaItem', 'params'>, @RouteBody(routes.updateAgendaItem) body: In<'updateAgendaItem', 'body'>): Promise<MeetingDetail> {
    return this.work.updateItem(user, p.networkId, p.meetingId, p.itemId, body);
  }

  @ApiRoute(routes.removeAgendaItem)
  removeItem(@CurrentUser() { user }: AuthContext, @RouteParams(routes.removeAgendaItem) p: In<'removeAgendaItem', 'params'>): Promise<MeetingDetail> {
    return this.work.removeItem(user, p.networkId, p.meetingId, p.itemId);
  }

  @ApiRoute(routes.reorderAgendaItems)
  reorder(@CurrentUser() { user }: AuthContext, @RouteParams(routes.reorderAgendaItems) p: In<'reorderAgendaItems', 'params'>, @RouteBody(routes.reorderAgendaItems) body: In<'reorderAgendaItems', 'body'>): Promise<MeetingDetail> {
    return this.work.reorder(user, p.networkId, p.meetingId, body.itemIds);
  }

  @ApiRoute(routes.rsvp)
  rsvp(@CurrentUser() { user }: AuthContext, @RouteParams(routes.rsvp) p: In<'rsvp', 'params'>, @RouteBody(routes.rsvp) body: In<'rsvp', 'body'>): Promise<MeetingDetail> {
    return this.work.rsvp(user, p.networkId, p.meetingId, body);
  }

  @ApiRoute(routes.attendance)
  attendance(@CurrentUser() { user }: AuthContext, @RouteParams(routes.attendance) p: In<'attendance', 'params'>, @RouteBody(routes.attendance) body: In<'attendance', 'body'>): Promise<MeetingDetail> {
    return this.work.attendance(user, p.networkId, p.meetingId, body);
  }

  @ApiRoute(routes.checkIn)
  checkIn(@CurrentUser() { user }: AuthContext, @RouteParams(routes.checkIn) p: In<'checkIn', 'params'>): Promise<MeetingDetail> {
    return this.work.checkIn(user, p.networkId, p.meetingId);
  }

  @ApiRoute(routes.addDecision)
  addDecision(@CurrentUser() { user }: AuthContext, @RouteParams(routes.addDecision) p: In<'addDecision', 'params'>, @RouteBody(routes.addDecision) body: In<'addDecision', 'body'>): Promise<MeetingDetail> {
    return this.work.addDecision(user, p.networkId, p.meetingId, body);
  }

  @ApiRoute(routes.addActionItem)
  addAction(@CurrentUser() { user }: AuthContext, @RouteParams(routes.addActionItem) p: In<'addActionItem', 'params'>, @RouteBody(routes.addActionItem) body: In<'addActionItem', 'body'>): Promise<MeetingDetail> {
    return this.work.addAction(user, p.networkId, p.meetingId, body);
  }

  @ApiRoute(routes.updateActionItem)
  updateAction(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateActionItem) p: In<'updateActionItem', 'params'>, @RouteBody(routes.updateActionItem) body: In<'updateActionItem', 'body'>): Promise<ActionItem> {
    return this.work.updateAction(user, p.networkId, p.meetingId, p.actionId, body);
  }

  @ApiRoute(routes.updateMinutes)
  minutes(@CurrentUser() { user }: AuthContext, @RouteParams(routes.updateMinutes) p: In<'updateMinutes', 'params'>, @RouteBody(routes.updateMinutes) body: In<'updateMinutes', 'body'>): Promise<MeetingDetail> {
    return this.work.updateMinutes(user, p.networkId, p.meetingId, body.minutes);
  }

  @ApiRoute(routes.moveLive)
  moveLive(@CurrentUser() { user }: AuthContext, @RouteParams(routes.moveLive) p: In<'moveLive', 'params'>, @RouteBody(routes.moveLive) body: In<'moveLive', 'body'>): Promise<LiveState> {
    return this.work.moveLive(user, p.networkId, p.meetingId, body);
  }
}
