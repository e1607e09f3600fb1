import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { QuestionStatus } from '@broedplaats/contracts';
import { rankRound } from '@broedplaats/domain';
import { CLOCK, type Clock } from '../core/clock';
import type { Tx } from '../core/database/database';
import { DemoSeeds, type DemoContext, type DemoHappening } from '../core/demo-seeds';
import { NotificationsRepository, type NewNotification } from '../notifications/notifications.repository';
import { demoAccounts } from '../seed/demo';
import { demoAgendas, type DemoComment, type DemoQuestion, type DemoRound } from './agenda.demo-data';
import { CommentsRepository } from './comments.repository';
import { QuestionsRepository } from './questions.repository';
import { RoundsRepository } from './rounds.repository';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;
/** Questions proposed and mentions made this recently reach the demo personas' bells, unread. */
const TOLD_WITHIN_DAYS = 14;

/**
 * The three demo networks' knowledge agendas (`agenda.demo-data.ts`): questions with their history,
 * supports, comments, take-ons and outcomes, and in Utrecht a closed dot-voting round.
 * Loaded with the rest of the demo, once (the networks' seed decides whether the demo is there).
 */
@Injectable()
export class AgendaDemo implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly questions: QuestionsRepository,
    private readonly comments: CommentsRepository,
    private readonly rounds: RoundsRepository,
    private readonly notifications: NotificationsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.add({ name: 'agenda', order: 110, run: (context) => this.run(context) });
  }

  private async run({ tx, networks, people, happened }: DemoContext): Promise<void> {
    const now = this.clock.now().getTime();
    // Spread over the working day, so the history does not read as if everything happened at midnight.
    const ago = (days: number, hour = 10) => new Date(now - days * DAY + (hour - 12) * HOUR);
    const person = (email: string) => {
      const id = people.get(email);
      if (!id) throw new Error(`Demo agenda names an unknown person: ${email}`);
      return id;
    };
    for (const [slug, agenda] of Object.entries(demoAgendas)) {
      const networkId = networks.get(slug);
      if (!networkId) continue;
      const ids = new Map<string, string>();
      for (const question of agenda.questions) {
        const id = await this.question(tx, networkId, question, ago, person);
        ids.set(question.key, id);
        happened.push(...this.history(networkId, id, question, ago, person));
      }
      if (agenda.round) await this.round(tx, networkId, agenda.round, ids, ago, person);
      await this.notices(tx, slug, networkId, agenda.questions, ids, ago, person);
    }
  }

  /**
   * What the personas' bells say of the agenda, as if it had happened live (agenda.notices.ts): recent
   * questions to the network's other members, recent mentions to whoever was mentioned.
   */
  private async notices(tx: Tx, slug: string, networkId: string, questions: DemoQuestion[], ids: Map<string, string>, ago: (days: number, hour?: number) => Date, person: (email: string) => string): Promise<void> {
    const members = demoAccounts.filter((a) => a.memberships.some((m) => m.network === slug)).map((a) => person(a.email));
    const rows: NewNotification[] = [];
    for (const q of questions.filter((q) => q.daysAgo <= TOLD_WITHIN_DAYS)) {
      const proposer = person(q.proposer);
      for (const userId of members.filter((id) => id !== proposer)) {
        rows.push({ userId, networkId, kind: 'question.proposed', subjectId: ids.get(q.key)!, actorId: proposer, data: { title: q.title }, createdAt: ago(q.daysAgo, 9), readAt: null });
      }
    }
    const mentions = (comments: DemoComment[], q: DemoQuestion): void => {
      for (const c of comments) {
        if (c.daysAgo <= TOLD_WITHIN_DAYS && !c.removedBy) {
          for (const email of c.mentions ?? []) {
            rows.push({ userId: person(email), networkId, kind: 'comment.mentioned', subjectId: ids.get(q.key)!, actorId: person(c.by), data: { title: q.title }, createdAt: ago(c.daysAgo, 16), readAt: null });
          }
        }
        mentions(c.replies ?? [], q);
      }
    };
    for (const q of questions) mentions(q.comments ?? [], q);
    // Oldest first, so the newest gets the highest seq and shows on top.
    rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    if (rows.length) await this.notifications.insert(tx, rows);
  }

  /** The question's entries in the network's activity list, as proposing and each status change record them live. */
  private history(networkId: string, id: string, q: DemoQuestion, ago: (days: number, hour?: number) => Date, person: (email: string) => string): DemoHappening[] {
    const entries: DemoHappening[] = [
      { networkId, kind: 'question.proposed', actorId: person(q.proposer), subjectId: id, permission: 'agenda.read', data: { title: q.title }, at: ago(q.daysAgo, 9) },
    ];
    let from: QuestionStatus = 'proposed';
    for (const step of q.steps ?? []) {
      entries.push({ networkId, kind: 'question.statusChanged', actorId: person(step.by), subjectId: id, permission: 'agenda.read', data: { title: q.title, from, to: step.to }, at: ago(step.daysAgo, 14) });
      from = step.to;
    }
    return entries;
  }

  private async question(tx: Tx, networkId: string, q: DemoQuestion, ago: (days: number, hour?: number) => Date, person: (email: string) => string): Promise<string> {
    const id = await this.questions.insert(
      tx,
      networkId,
      {
        title: q.title, situation: q.situation, themeIds: q.themeIds, origin: q.origin ?? 'practice', commissionedBy: q.commissionedBy ?? '',
        residentPerspective: q.residentPerspective ?? '', showProposer: q.showProposer ?? false,
      },
      person(q.proposer),
      ago(q.daysAgo, 9),
    );
    let from: QuestionStatus = 'proposed';
    for (const step of q.steps ?? []) {
      await this.questions.changeStatus(tx, networkId, id, { from, to: step.to, reason: step.reason ?? '', byId: person(step.by), at: ago(step.daysAgo, 14) });
      from = step.to;
    }
    for (const [i, email] of (q.supporters ?? []).entries()) await this.questions.addSupport(tx, networkId, id, person(email), ago(q.daysAgo - Math.min(i, q.daysAgo), 11));
    if (q.public) await this.questions.update(tx, networkId, id, { public: true });
    if (q.takenOn) {
      const due = new Date(this.clock.now().getTime() + q.takenOn.dueInDays * DAY).toISOString().slice(0, 10);
      await this.questions.update(tx, networkId, id, { takerId: person(q.takenOn.by), takerDue: due, takenAt: ago(q.takenOn.daysAgo, 15) });
    }
    if (q.outcome) {
      const { by, daysAgo, url, text } = q.outcome;
      await this.questions.update(tx, networkId, id, { outcomeUrl: url ?? null, outcomeText: text, outcomeById: person(by), outcomeAt: ago(daysAgo, 13) });
    }
    for (const comment of q.comments ?? []) await this.comment(tx, id, null, comment, ago, person);
    return id;
  }

  private async comment(tx: Tx, questionId: string, parentId: string | null, c: DemoComment, ago: (days: number, hour?: number) => Date, person: (email: string) => string): Promise<void> {
    const createdAt = ago(c.daysAgo, parentId ? 17 : 16);
    const id = await this.comments.insert(tx, { questionId, parentId, authorId: person(c.by), text: c.text, mentionedUserIds: (c.mentions ?? []).map(person), createdAt });
    if (c.removedBy) await this.comments.update(tx, id, { deletedAt: new Date(createdAt.getTime() + 5 * 60_000), deletedById: person(c.removedBy) });
    for (const reply of c.replies ?? []) await this.comment(tx, questionId, id, reply, ago, person);
  }

  /** A closed round: the ballots as cast, the ranking frozen the way closing a round freezes it. */
  private async round(tx: Tx, networkId: string, r: DemoRound, ids: Map<string, string>, ago: (days: number, hour?: number) => Date, person: (email: string) => string): Promise<void> {
    const round = await this.rounds.open(tx, networkId, r.budget, person(r.by), ago(r.openedDaysAgo, 9));
    if (!round) throw new Error('Demo round: another round is open');
    for (const [email, ballot] of Object.entries(r.ballots)) {
      for (const [key, dots] of Object.entries(ballot)) {
        const questionId = ids.get(key);
        if (!questionId) throw new Error(`Demo round names an unknown question: ${key}`);
        await this.rounds.setDots(tx, round.id, person(email), questionId, dots);
      }
    }
    await this.rounds.close(tx, round.id, rankRound(await this.rounds.totals(tx, round.id)), ago(r.closedDaysAgo, 17));
  }
}
