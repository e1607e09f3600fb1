import { Module } from '@nestjs/common';
import { ActivityLogModule } from '../activity/activity-log.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { NetworksModule } from '../networks/networks.module';
import { NotificationsWriterModule } from '../notifications/notifications-writer.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsLive } from './invitations.live';
import { InvitationsService } from './invitations.service';
import { InvitationsSignIn } from './invitations.sign-in';

@Module({
  imports: [AuthModule, NetworksModule, MailModule, ActivityLogModule, NotificationsWriterModule],
  controllers: [InvitationsController],
  providers: [InvitationsRepository, InvitationsService, InvitationsLive, InvitationsSignIn],
})
export class InvitationsModule {}
