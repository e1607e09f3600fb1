import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONFIG, type Config } from '../core/config';

const VERSION = 'v1';

/** Where the embedded database's generated key lives: beside the data folder, never inside it (a copy of the folder must not carry its key). */
export const keyFileFor = (dataDir: string) => `${resolve(dataDir)}.intervision-key`;

/**
 * Encrypts intervision content at rest with AES-256-GCM, a fresh 12-byte nonce per value, so a dump
 * or backup shows no case text. Stored as `v1:<nonce>.<tag>.<ciphertext>` (base64).
 */
@Injectable()
export class ContentCipher {
  private readonly logger = new Logger(ContentCipher.name);
  private readonly key: Buffer;

  constructor(@Inject(CONFIG) config: Config) {
    this.key = this.loadKey(config);
  }

  seal(plain: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${nonce.toString('base64')}.${cipher.getAuthTag().toString('base64')}.${body.toString('base64')}`;
  }

  open(sealed: string): string {
    const [version, rest] = sealed.split(':', 2);
    if (version !== VERSION || !rest) throw new Error('Not sealed intervision content');
    const [nonce, tag, body] = rest.split('.').map((part) => Buffer.from(part, 'base64'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonce!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
  }

  private loadKey(config: Config): Buffer {
    if (config.INTERVISION_KEY) return this.checked(Buffer.from(config.INTERVISION_KEY, 'base64'));
    if (config.DATABASE_URL) throw new Error('Invalid configuration: INTERVISION_KEY is required with DATABASE_URL (32 bytes, base64), so every instance shares it');
    const file = keyFileFor(config.DATA_DIR);
    if (existsSync(file)) return this.checked(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
    const key = randomBytes(32);
    writeFileSync(file, key.toString('base64'), { mode: 0o600 });
    this.logger.warn(`Generated the intervision key at ${file}: without it, stored intervision content cannot be read`);
    return key;
  }

  private checked(key: Buffer): Buffer {
    if (key.length !== 32) throw new Error('Invalid configuration: INTERVISION_KEY must be 32 bytes in base64');
    return key;
  }
}
