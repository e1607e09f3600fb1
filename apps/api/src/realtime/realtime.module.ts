import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NetworksModule } from '../networks/networks.module';
import { Presence } from './presence';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [AuthModule, NetworksModule], providers: [Presence, RealtimeGateway] })
export class RealtimeModule {}
