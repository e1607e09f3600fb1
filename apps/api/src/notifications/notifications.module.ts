import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsDemo } from './notifications.demo';
import { NotificationsLive } from './notifications.live';
import { NotificationRules } from './notifications.rules';
import { NotificationsService } from './notifications.service';
import { NotificationsWriterModule } from './notifications-writer.module';

/** Reading one's notifications and hearing them live; writing them is NotificationsWriterModule's. */
@Module({
  imports: [NotificationsWriterModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsLive, NotificationRules, NotificationsDemo],
})
export class NotificationsModule {}
