import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AdminController } from './admin.controller';
import { AdminRepository } from './admin.repository';
import { AdminService } from './admin.service';
import { AdminSignIn } from './admin.sign-in';

/** Platform admins: accounts (search, deactivate, reactivate) and the audit log of what admins did. */
@Module({
  imports: [AuthModule],
  controllers: [AdminController],
  providers: [AdminRepository, AdminService, AdminSignIn],
})
export class AdminModule {}
