import { Module } from '@nestjs/common';
import { Notifications } from './notifications';
import { NotificationsRepository } from './notifications.repository';

/** What other capabilities need to notify people, apart from reading (NotificationsModule), so they do not depend on it. */
@Module({ providers: [NotificationsRepository, Notifications], exports: [NotificationsRepository, Notifications] })
export class NotificationsWriterModule {}
