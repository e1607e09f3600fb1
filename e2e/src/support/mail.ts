import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process; the API sends to it (SMTP_URL) and `next()` hands over each mail. */
export class Inbox {
  private readonly arrived: ParsedMail[] = [];
  private readonly waiting: Array<(mail: ParsedMail) => void> = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          const waiter = this.waiting.shift();
          if (waiter) waiter(mail);
          else this.arrived.push(mail);
          callback();
        })
        .catch(callback);
    },
  });

  static async start(): Promise<Inbox> {
    const inbox = new Inbox();
    await new Promise<void>((resolve) => inbox.server.listen(0, '127.0.0.1', resolve));
    return inbox;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  next(): Promise<ParsedMail> {
    const mail = this.arrived.shift();
    return mail ? Promise.resolve(mail) : new Promise((resolve) => this.waiting.push(resolve));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
