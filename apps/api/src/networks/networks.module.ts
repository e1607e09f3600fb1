import { Module } from '@nestjs/common';
import { ActivityLogModule } from '../activity/activity-log.module';
import { NotificationsWriterModule } from '../notifications/notifications-writer.module';
import { ThemesModule } from '../themes/themes.module';
import { MemberProfiles } from './member-profiles';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersLive } from './members.live';
import { MembersService } from './members.service';
import { NetworkGate } from './network-gate';
import { NetworksController } from './networks.controller';
import { NetworksDemo } from './networks.demo';
import { NetworksRepository } from './networks.repository';
import { NetworksLive } from './networks.live';
import { NetworksService } from './networks.service';
import { PartnersRepository } from './partners.repository';
import { PublicNetworksController } from './public-networks.controller';

@Module({
  imports: [ThemesModule, ActivityLogModule, NotificationsWriterModule],
  controllers: [NetworksController, MembersController, PublicNetworksController],
  providers: [NetworksRepository, PartnersRepository, MembersRepository, NetworkGate, NetworksService, MembersService, NetworksLive, MembersLive, NetworksDemo, MemberProfiles],
  exports: [NetworksRepository, PartnersRepository, MembersRepository, NetworkGate, NetworksService, MembersService],
})
export class NetworksModule {}
