import { Module } from '@nestjs/common';
import { NetworksModule } from '../networks/networks.module';
import { Presence } from './presence';
import { RealtimeGateway } from './realtime.gateway';
import { RoomPolicy } from './room-policy';

@Module({ imports: [NetworksModule], providers: [Presence, RoomPolicy, RealtimeGateway] })
export class RealtimeModule {}
