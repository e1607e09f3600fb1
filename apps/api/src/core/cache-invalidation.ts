import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { CONFIG, type Config } from './config';
import { REDIS, type Redis } from './redis';

/** What in-memory caches must forget. `all` follows a gap in the channel (Redis reconnected). */
export type Invalidation =
  | { kind: 'sessions'; sessionIds: string[] }
  | { kind: 'user'; userId: string }
  | { kind: 'member'; networkId: string; userId: string }
  | { kind: 'network'; networkId: string }
  | { kind: 'all' };
type Listener = (message: Invalidation) => void;
type Envelope = { from: string; id: string; message: Invalidation };
/** Confirmations may arrive before PUBLISH has said how many there will be. */
type Waiting = { confirmed: number; expected: number | null; done: () => void };

/** An instance that has not confirmed by then is taken to be gone (it forgets all when it reconnects). */
const ACK_TIMEOUT_MS = 1000;

/**
 * Tells every instance's caches what changed. Here the listeners run at once; with Redis the message
 * is also published on a pub/sub channel that every instance subscribes to (the in-process event bus
 * reaches only this instance), and each other instance confirms once it has forgotten. An answer is
 * not sent before the invalidations it caused are confirmed (or timed out), so a client that hears
 * "done" and then asks another instance gets the new state. Reads never wait on Redis; only changes do.
 */
@Injectable()
export class CacheInvalidation implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(CacheInvalidation.name);
  private readonly instance = randomUUID();
  private readonly channel: string;
  private readonly listeners = new Set<Listener>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly waiting = new Map<string, Waiting>();
  private subscriber?: Redis;

  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(CONFIG) config: Config,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.channel = `${config.REDIS_PREFIX}:cache-invalidation`;
  }

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies here at once; resolves when every other instance has confirmed (or after a timeout). */
  publish(message: Invalidation): Promise<void> {
    this.apply(message);
    if (!this.redis || !this.subscriber) return Promise.resolve();
    const sent = this.broadcast(this.redis, message);
    this.inFlight.add(sent);
    void sent.finally(() => this.inFlight.delete(sent));
    return sent;
  }

  async onModuleInit(): Promise<void> {
    const http = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    // Callback style: this runs on every answer, and almost always has nothing to wait for.
    http?.addHook('onSend', (_request, _reply, payload, done) => {
      if (this.inFlight.size === 0) return done(null, payload);
      void Promise.all(this.inFlight).then(() => done(null, payload));
    });
    if (!this.redis) return;
    const redis = this.redis;
    const subscriber = redis.duplicate();
    subscriber.on('error', () => undefined); // reconnects on its own
    // Messages sent while the subscriber was away are lost: forget everything once it is back.
    let connected = false;
    subscriber.on('ready', () => {
      if (connected) this.apply({ kind: 'all' });
      connected = true;
    });
    await subscriber.connect();
    await subscriber.subscribe(this.channel, (raw) => this.receive(redis, raw));
    await subscriber.subscribe(this.ackChannel(this.instance), (id) => this.acknowledged(id));
    this.subscriber = subscriber;
  }

  async onApplicationShutdown(): Promise<void> {
    for (const waiting of this.waiting.values()) waiting.done();
    if (this.subscriber?.isOpen) await this.subscriber.quit().catch(() => undefined);
  }

  private async broadcast(redis: Redis, message: Invalidation): Promise<void> {
    const envelope: Envelope = { from: this.instance, id: randomUUID(), message };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const confirmed = new Promise<void>((resolve) => {
      this.waiting.set(envelope.id, { confirmed: 0, expected: null, done: resolve });
      timer = setTimeout(() => {
        this.logger.warn({ kind: message.kind }, 'cache invalidation not confirmed by every instance in time');
        resolve();
      }, ACK_TIMEOUT_MS);
    });
    try {
      // Every subscriber counts, this instance's own too; each of the others confirms once.
      const receivers = Number(await redis.publish(this.channel, JSON.stringify(envelope)));
      const waiting = this.waiting.get(envelope.id);
      if (waiting) {
        waiting.expected = receivers - 1;
        this.settle(waiting);
      }
      await confirmed;
    } catch (error) {
      this.logger.warn({ err: error }, 'cache invalidation not published');
    } finally {
      clearTimeout(timer);
      this.waiting.delete(envelope.id);
    }
  }

  private receive(redis: Redis, raw: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
    } catch (error) {
      this.logger.warn({ err: error }, 'unreadable cache invalidation');
      return;
    }
    if (envelope.from === this.instance) return;
    this.apply(envelope.message);
    redis.publish(this.ackChannel(envelope.from), envelope.id).catch(() => undefined);
  }

  private acknowledged(id: string): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    waiting.confirmed += 1;
    this.settle(waiting);
  }

  private settle(waiting: Waiting): void {
    if (waiting.expected !== null && waiting.confirmed >= waiting.expected) waiting.done();
  }

  private ackChannel(instance: string): string {
    return `${this.channel}:ack:${instance}`;
  }

  private apply(message: Invalidation): void {
    for (const listener of this.listeners) listener(message);
  }
}
