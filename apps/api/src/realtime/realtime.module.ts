import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NetworksModule } from '../networks/networks.module';
import { Presence } from './presence';
import { RealtimeGateway } from './realtime.gateway';
import { RoomPolicy } from './room-policy';

@Module({ imports: [AuthModule, NetworksModule], providers: [Presence, RoomPolicy, RealtimeGateway] })
export class RealtimeModule {}
