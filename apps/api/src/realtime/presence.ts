import { Injectable } from '@nestjs/common';
import type { OnlineUser } from '@broedplaats/contracts';
import { UsersRepository } from '../auth/users.repository';
import { networkRoom, type IoServer } from './rooms';

/**
 * Who is online in a network: the distinct people with a socket in its room. fetchSockets asks
 * every instance (through the adapter), so the answer is right behind a load balancer too.
 */
@Injectable()
export class Presence {
  constructor(private readonly users: UsersRepository) {}

  async online(io: IoServer, networkId: string): Promise<OnlineUser[]> {
    const sockets = await io.in(networkRoom(networkId)).fetchSockets();
    const ids = [...new Set(sockets.map((s) => s.data.userId).filter(Boolean))];
    // Names come from the database, so a renamed person shows their new name at once.
    const online = await this.users.names(ids);
    return online.sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl') || a.userId.localeCompare(b.userId));
  }
}
