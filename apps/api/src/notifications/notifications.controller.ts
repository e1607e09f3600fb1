import { Controller } from '@nestjs/common';
import { routes, type NotificationPage, type UnreadCounts } from '@broedplaats/contracts';
import { ApiRoute, RouteBody, RouteParams, RouteQuery, type RouteIn as In } from '../core/api-route';
import { CurrentUser, type AuthContext } from '../core/auth-context';
import { NotificationsService } from './notifications.service';

@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ApiRoute(routes.notifications)
  list(@CurrentUser() { user }: AuthContext, @RouteQuery(routes.notifications) query: In<'notifications', 'query'>): Promise<NotificationPage> {
    return this.notifications.list(user, query);
  }

  @ApiRoute(routes.unreadNotifications)
  unread(@CurrentUser() { user }: AuthContext): Promise<UnreadCounts> {
    return this.notifications.unread(user);
  }

  @ApiRoute(routes.readNotification)
  read(@CurrentUser() { user }: AuthContext, @RouteParams(routes.readNotification) { notificationId }: In<'readNotification', 'params'>): Promise<void> {
    return this.notifications.markRead(user, notificationId);
  }

  @ApiRoute(routes.readAllNotifications)
  readAll(@CurrentUser() { user }: AuthContext, @RouteBody(routes.readAllNotifications) { networkId }: In<'readAllNotifications', 'body'>): Promise<void> {
    return this.notifications.markAllRead(user, networkId);
  }
}
