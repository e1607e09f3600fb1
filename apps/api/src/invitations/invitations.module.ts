import { Module } from '@nestjs/common';
import { NetworksModule } from '../networks/networks.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsLive } from './invitations.live';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [NetworksModule],
  controllers: [InvitationsController],
  providers: [InvitationsRepository, InvitationsService, InvitationsLive],
  exports: [InvitationsService],
})
export class InvitationsModule {}
