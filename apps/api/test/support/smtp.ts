import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in this process: the app sends to it with nodemailer as it would to any relay,
 * and `next()` hands over each arrived mail, parsed by mailparser.
 */
export class TestSmtp {
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

  static async start(): Promise<TestSmtp> {
    const smtp = new TestSmtp();
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** The next mail to arrive (or the oldest one not taken yet). */
  next(): Promise<ParsedMail> {
    const mail = this.arrived.shift();
    if (mail) return Promise.resolve(mail);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Mails that arrived and nobody took. */
  get unread(): number {
    return this.arrived.length;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The first link into the web app in a mail's text. */
export const linkIn = (text: string | undefined, path: string): string => {
  const match = new RegExp(`https?://[^\\s]+${path}([^\\s]+)`).exec(text ?? '');
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
};
