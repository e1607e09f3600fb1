import { Inject, Injectable } from '@nestjs/common';
import { MethodTemplate, type CreateMethodBody, type IntervisionMethod, type Me } from '@broedplaats/contracts';
import type { z } from 'zod';
import { CLOCK, type Clock } from '../core/clock';
import { DATABASE, type Database, type Db, type Tx } from '../core/database/database';
import { AppError, notFound, validationFailed } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { NetworkGate } from '../networks/network-gate';
import { IntervisionRepository, type MethodRow } from './intervision.repository';
import { builtInMethods } from './methods.seed';

const total = (t: MethodTemplate) => t.phases.reduce((sum, p) => sum + p.minutes, 0);
const builtIn = new Map(builtInMethods.map((m) => [m.id, m]));

/** Methods as data: the built-ins every network may use, and a network's own (made or adapted by its facilitators). */
@Injectable()
export class IntervisionMethodsService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly repo: IntervisionRepository,
    private readonly gate: NetworkGate,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(user: Me, networkId: string): Promise<IntervisionMethod[]> {
    await this.gate.requireAccess(user, 'intervision.read', networkId);
    const own = await this.repo.methods(networkId);
    return [...builtInMethods.map((m) => this.builtInView(m.id)), ...own.map((row) => this.view(row))];
  }

  async create(user: Me, networkId: string, body: z.output<typeof CreateMethodBody>): Promise<IntervisionMethod> {
    await this.gate.requireAccess(user, 'intervision.plan', networkId);
    const { basedOn, ...template } = body;
    return inTransaction(this.database.db, async (tx) => {
      if (basedOn && !(await this.template(networkId, basedOn, tx))) throw validationFailed({ basedOn: 'Not a method of this network' });
      const now = this.clock.now();
      return this.view(await this.repo.insertMethod(tx, { networkId, basedOn, template: MethodTemplate.parse(template), createdById: user.id, createdAt: now, updatedAt: now }));
    });
  }

  async replace(user: Me, networkId: string, methodId: string, body: z.output<typeof CreateMethodBody>): Promise<IntervisionMethod> {
    await this.gate.requireAccess(user, 'intervision.plan', networkId);
    const { basedOn, ...template } = body;
    return inTransaction(this.database.db, async (tx) => {
      if (!(await this.repo.method(networkId, methodId, tx))) throw builtIn.has(methodId) ? new AppError('forbidden', 'Built-in methods are copied, not changed') : notFound('Method');
      return this.view(await this.repo.replaceMethod(tx, methodId, MethodTemplate.parse(template), basedOn, this.clock.now()));
    });
  }

  async remove(user: Me, networkId: string, methodId: string): Promise<void> {
    await this.gate.requireAccess(user, 'intervision.plan', networkId);
    await inTransaction(this.database.db, async (tx) => {
      if (!(await this.repo.method(networkId, methodId, tx))) throw builtIn.has(methodId) ? new AppError('forbidden', 'Built-in methods are copied, not changed') : notFound('Method');
      if (await this.repo.methodPlanned(methodId, tx)) throw new AppError('invalid_transition', 'A planned session uses this method');
      await this.repo.deleteMethod(tx, methodId);
    });
  }

  /** A method this network may use: a built-in or one of its own. */
  async template(networkId: string, methodId: string, db?: Db | Tx): Promise<MethodTemplate | null> {
    const found = builtIn.get(methodId);
    if (found) return found;
    return (await this.repo.method(networkId, methodId, db))?.template ?? null;
  }

  private builtInView(id: string): IntervisionMethod {
    const { sources: _sources, slug, id: _id, ...template } = builtIn.get(id)!;
    return { id, networkId: null, slug, builtIn: true, basedOn: null, ...template, totalMinutes: total(template) };
  }

  private view(row: MethodRow): IntervisionMethod {
    return { id: row.id, networkId: row.networkId, slug: null, builtIn: false, basedOn: row.basedOn, ...row.template, totalMinutes: total(row.template) };
  }
}
