import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NetworksModule } from '../networks/networks.module';
import { AccountController } from './account.controller';
import { AccountDeletion } from './account-deletion.service';

/** Deleting one's own account: leaves every network the usual way, then removes what is personal. */
@Module({
  imports: [AuthModule, NetworksModule],
  controllers: [AccountController],
  providers: [AccountDeletion],
})
export class AccountModule {}
