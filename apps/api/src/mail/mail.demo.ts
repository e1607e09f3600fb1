import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CLOCK, type Clock } from '../core/clock';
import { DemoSeeds } from '../core/demo-seeds';
import { Mailer } from './mailer';
import { OutboxRepository } from './outbox.repository';

const HOUR_MS = 3600_000;

/** Two mails in the outbox, so the demo admin sees what it holds before anyone has sent one. */
@Injectable()
export class MailDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxRepository,
    private readonly mailer: Mailer,
  ) {}

  onModuleInit(): void {
    this.seeds.add({
      name: 'outbox',
      order: 210,
      run: async ({ tx }) => {
        const now = this.clock.now().getTime();
        const login = this.mailer.link('/login');
        await this.outbox.insert(
          {
            to: 'wijkverpleging.almere@example.nl',
            subject: 'Fenna Jansen nodigt je uit voor Leernetwerk vroegsignalering sociaal wijkteam Almere',
            text: [
              'Hallo,',
              '',
              'Fenna Jansen nodigt je uit voor het leernetwerk "Leernetwerk vroegsignalering sociaal wijkteam Almere" op Broedplaats.',
              '',
              'Fenna schrijft:',
              'We zoeken een wijkverpleegkundige die meedenkt over signalen achter de voordeur. De volgende bijeenkomst is over drie weken.',
              '',
              'Wil je meedoen? Log in of maak een account aan:',
              login,
            ].join('\n'),
          },
          new Date(now - 2 * 24 * HOUR_MS),
          tx,
        );
        await this.outbox.insert(
          {
            to: 'burger@broedplaats.nl',
            subject: 'Nieuw wachtwoord voor Broedplaats',
            text: ['Hallo Bea,', '', 'Je vroeg om een nieuw wachtwoord. Deze link werkte een uur en is nu verlopen; vraag gerust een nieuwe aan:', login].join('\n'),
          },
          new Date(now - 6 * HOUR_MS),
          tx,
        );
      },
    });
  }
}
