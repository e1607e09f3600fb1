import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const optionalUrl = z.string().trim().min(1).optional();

/** Every setting comes from the environment and is checked once at start; a bad value stops the start. */
export const ConfigSchema = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: optionalUrl,
  DATA_DIR: z.string().default('./data'),
  REDIS_URL: optionalUrl,
  /** Names the Redis stream and keys, so several deployments (or tests) can share one Redis. */
  REDIS_PREFIX: z.string().default('broedplaats'),
  COOKIE_SECURE: bool.default(false),
  ADMIN_EMAIL: z.string().trim().toLowerCase().pipe(z.email()).optional(),
  ADMIN_PASSWORD: z.string().min(10).optional(),
  SEED_DEMO: bool.default(false),
  WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Attempts per IP per window; tests and benchmarks raise these. */
  RATE_LIMIT_LOGIN: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_REGISTER: z.coerce.number().int().min(1).default(5),
  /** Requests that send mail (password reset, invitations by e-mail) per IP per window. */
  RATE_LIMIT_MAIL: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Wrong passwords per account and IP before the wait starts; it doubles with each further one. */
  LOGIN_FREE_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  LOGIN_BACKOFF_MS: z.coerce.number().int().min(1).default(1000),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  TRUST_PROXY: bool.default(false),
  /** An SMTP relay, e.g. smtp://user:pass@mail.example.nl:587; without it mail is kept in the outbox table. */
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().trim().min(3).default('Broedplaats <noreply@broedplaats.nl>'),
  /** The address people open the web app at; links in mails start with it. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /**
   * The key intervision content is encrypted with (AES-256-GCM): 32 bytes in base64. Required with
   * DATABASE_URL (instances share it); without, the embedded database gets one generated beside its folder.
   */
  INTERVISION_KEY: z.string().trim().optional(),
  /** Days after a session that its case and contributions are erased. */
  INTERVISION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});
export type Config = z.infer<typeof ConfigSchema>;

export const CONFIG = Symbol('CONFIG');

/** Empty strings count as unset, as docker-compose and CI often pass them that way. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  if (Boolean(parsed.data.ADMIN_EMAIL) !== Boolean(parsed.data.ADMIN_PASSWORD)) {
    throw new Error('Invalid configuration: set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither');
  }
  return parsed.data;
}
