import { Module } from '@nestjs/common';
import { ActivityLogModule } from '../activity/activity-log.module';
import { LiveStepsModule } from '../live-steps/live-steps.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsWriterModule } from '../notifications/notifications-writer.module';
import { NetworksModule } from '../networks/networks.module';
import { CalendarFeedService } from './calendar-feed.service';
import { MeetingReader } from './meeting-reader';
import { MeetingWorkController } from './meeting-work.controller';
import { MeetingWorkRepository } from './meeting-work.repository';
import { MeetingWorkService } from './meeting-work.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsDemo } from './meetings.demo';
import { MeetingsLive } from './meetings.live';
import { MeetingsNotices } from './meetings.notices';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [NetworksModule, ActivityLogModule, MailModule, LiveStepsModule, NotificationsWriterModule],
  controllers: [MeetingsController, MeetingWorkController],
  providers: [MeetingsRepository, MeetingWorkRepository, MeetingReader, MeetingsService, MeetingWorkService, CalendarFeedService, MeetingsLive, MeetingsNotices, MeetingsDemo],
  // Minutes documents (documents capability) read the meeting they belong to.
  exports: [MeetingsRepository],
})
export class MeetingsModule {}
