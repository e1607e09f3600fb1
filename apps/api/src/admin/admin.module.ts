import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NetworksModule } from '../networks/networks.module';
import { AdminController } from './admin.controller';
import { AdminRepository } from './admin.repository';
import { AdminService } from './admin.service';
import { AdminDemo } from './admin.demo';
import { AdminSignIn } from './admin.sign-in';
import { DutyRepository } from './duty.repository';
import { DutyService } from './duty.service';
import { InstanceRepository } from './instance.repository';
import { InstanceService } from './instance.service';

/**
 * Platform admins: accounts (search, deactivate, reactivate), every network (and facilitator-on-duty
 * shifts in them), the instance's settings, and the audit log of what admins did.
 */
@Module({
  imports: [AuthModule, NetworksModule],
  controllers: [AdminController],
  providers: [AdminRepository, AdminService, AdminSignIn, DutyRepository, DutyService, InstanceRepository, InstanceService, AdminDemo],
})
export class AdminModule {}
