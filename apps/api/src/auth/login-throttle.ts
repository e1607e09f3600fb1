import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../core/clock';
import { CONFIG, type Config } from '../core/config';
import { AppError } from '../core/errors';

type Failures = { failures: number; blockedUntil: number; lastFailure: number };

const MAX_DELAY_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;
const PRUNE_ABOVE = 10_000;

/**
 * Failed password checks per account and IP address together, with a delay that doubles after
 * the first few. Keyed by both, so someone guessing from their own address cannot lock the owner
 * out of theirs; the per-IP limit on the route stops one address trying many accounts. Kept per
 * instance, like that limit.
 */
@Injectable()
export class LoginThrottle {
  private readonly records = new Map<string, Failures>();

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Throws `rate_limited` (with when to try again) while this account is blocked for this address. */
  check(account: string, ip: string): void {
    const record = this.records.get(this.key(account, ip));
    const waitMs = (record?.blockedUntil ?? 0) - this.clock.now().getTime();
    if (waitMs > 0) throw new AppError('rate_limited', 'Too many wrong passwords; try again later', undefined, Math.ceil(waitMs / 1000));
  }

  failed(account: string, ip: string): void {
    const now = this.clock.now().getTime();
    if (this.records.size > PRUNE_ABOVE) this.prune(now);
    const key = this.key(account, ip);
    const known = this.records.get(key);
    const failures = known && now - known.lastFailure < FORGET_AFTER_MS ? known.failures + 1 : 1;
    const over = failures - this.config.LOGIN_FREE_ATTEMPTS;
    const delay = over >= 0 ? Math.min(this.config.LOGIN_BACKOFF_MS * 2 ** over, MAX_DELAY_MS) : 0;
    this.records.set(key, { failures, lastFailure: now, blockedUntil: now + delay });
  }

  succeeded(account: string, ip: string): void {
    this.records.delete(this.key(account, ip));
  }

  private key(account: string, ip: string): string {
    return `${account.trim().toLowerCase()}\u0000${ip}`;
  }

  private prune(now: number): void {
    for (const [key, record] of this.records) if (now - record.lastFailure >= FORGET_AFTER_MS) this.records.delete(key);
  }
}
