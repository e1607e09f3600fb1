import { Module } from '@nestjs/common';
import { ThemesModule } from '../themes/themes.module';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';
import { NetworkGate } from './network-gate';
import { NetworksController } from './networks.controller';
import { NetworksRepository } from './networks.repository';
import { NetworksService } from './networks.service';
import { PartnersRepository } from './partners.repository';

@Module({
  imports: [ThemesModule],
  controllers: [NetworksController, MembersController],
  providers: [NetworksRepository, PartnersRepository, MembersRepository, NetworkGate, NetworksService, MembersService],
  exports: [NetworksRepository, PartnersRepository, MembersRepository, NetworkGate, NetworksService],
})
export class NetworksModule {}
