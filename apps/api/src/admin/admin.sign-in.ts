import { Injectable, OnModuleInit } from '@nestjs/common';
import { SignInSteps } from '../auth/sign-in-steps';
import { AppError } from '../core/errors';
import { AdminRepository } from './admin.repository';

/**
 * A deactivated person is refused at login with the same answer as a wrong password, so the
 * refusal tells an outsider nothing about the account. The row lock makes a login and a
 * deactivation of the same person take turns: no session slips in after the others were ended.
 */
@Injectable()
export class AdminSignIn implements OnModuleInit {
  constructor(
    private readonly steps: SignInSteps,
    private readonly repository: AdminRepository,
  ) {}

  onModuleInit(): void {
    this.steps.add(async (tx, _afterCommit, me, { how }) => {
      if (how !== 'login') return;
      await this.repository.lockUser(tx, me.id);
      if (await this.repository.isDeactivated(tx, me.id)) throw new AppError('invalid_credentials', 'E-mail address or password is wrong');
    });
  }
}
