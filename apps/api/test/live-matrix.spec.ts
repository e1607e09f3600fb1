import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT, serverEventAudience, type ServerEventName } from '@broedplaats/contracts';
import type { Account } from './support/app';
import { testDatabases } from './support/databases';
import { DocEditor } from './support/doc-client';
import { useLiveApp } from './support/live';
import type { Inbox } from './support/sockets';

/**
 * Who hears what, for every server event in the contracts: each event is triggered in a fresh
 * network, and the facilitator, a member, the person it concerns, an outsider and a member of
 * another network are checked against `serverEventAudience`. A new event fails to compile here
 * until it has a trigger. Room rules do not depend on the database: one is enough.
 */
type Scene = {
  networkId: string;
  fac: Account;
  subject: Account;
  request: (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown) => Promise<unknown>;
  /** For 'editors' events: a practice page the facilitator's and the member's inbox sockets have open (the others tried). */
  openDocument: () => Promise<string>;
};

const meetingBody = { title: 'Leerkring', type: 'learning-circle', start: '2026-12-01T19:00', end: '2026-12-01T21:00' };

const triggers: Record<ServerEventName, (s: Scene) => Promise<unknown>> = {
  'network.updated': (s) => s.request('PATCH', `/api/networks/${s.networkId}`, { region: 'Matrix' }),
  'network.archived': (s) => s.request('POST', `/api/networks/${s.networkId}/archive`),
  'member.joined': async (s) => {
    const invitation = (await s.request('POST', `/api/networks/${s.networkId}/invitations`, { category: 'citizen' })) as { token: string };
    return live.t.request('POST', `/api/invitations/${invitation.token}/accept`, { cookie: s.subject.cookie });
  },
  'member.updated': (s) => s.request('PATCH', `/api/networks/${s.networkId}/members/${s.subject.id}`, { engagement: 5 }),
  'member.removed': (s) => s.request('DELETE', `/api/networks/${s.networkId}/members/${s.subject.id}`),
  'invitation.created': (s) => s.request('POST', `/api/networks/${s.networkId}/invitations`, { category: 'student' }),
  'invitation.updated': async (s) => {
    const invitation = (await s.request('POST', `/api/networks/${s.networkId}/invitations`, { category: 'student' })) as { id: string };
    return s.request('DELETE', `/api/networks/${s.networkId}/invitations/${invitation.id}`);
  },
  // A profile change is an entry every member may see.
  'activity.recorded': (s) => s.request('PATCH', `/api/networks/${s.networkId}`, { region: 'Activiteit' }),
  'question.created': (s) => s.request('POST', `/api/networks/${s.networkId}/questions`, { title: 'Hoe bereiken we eenzame ouderen?', situation: 'In de wijk.' }),
  'question.updated': async (s) => {
    const question = (await s.request('POST', `/api/networks/${s.networkId}/questions`, { title: 'Wat werkt bij schulden?', situation: 'Bij jongeren.' })) as { id: string };
    return s.request('PUT', `/api/networks/${s.networkId}/questions/${question.id}/support`);
  },
  'question.commented': async (s) => {
    const question = (await s.request('POST', `/api/networks/${s.networkId}/questions`, { title: 'Wat werkt bij schulden?', situation: 'Bij jongeren.' })) as { id: string };
    return s.request('POST', `/api/networks/${s.networkId}/questions/${question.id}/comments`, { text: 'Goede vraag' });
  },
  'round.updated': (s) => s.request('POST', `/api/networks/${s.networkId}/rounds`, { budget: 3 }),
  'meeting.changed': (s) => s.request('POST', `/api/networks/${s.networkId}/meetings`, meetingBody),
  'steps.changed': async (s) => {
    const meeting = (await s.request('POST', `/api/networks/${s.networkId}/meetings`, meetingBody)) as { id: string };
    return s.request('POST', `/api/networks/${s.networkId}/meetings/${meeting.id}/live`, { action: 'start' });
  },
  // The subject opens the meeting's page.
  'steps.viewers': async (s) => {
    const meeting = (await s.request('POST', `/api/networks/${s.networkId}/meetings`, meetingBody)) as { id: string };
    const socket = await live.socket(s.subject);
    return socket.emitWithAck('steps.watch', { subjectKind: 'meeting', subjectId: meeting.id });
  },
  // Being made facilitator concerns the subject: a notification for them alone.
  'notification.created': (s) => s.request('PATCH', `/api/networks/${s.networkId}/members/${s.subject.id}`, { role: 'facilitator' }),
  'notification.read': (s) => live.t.request('POST', '/api/me/notifications/read', { cookie: s.subject.cookie, body: { networkId: s.networkId } }),
  // The subject starts a cycle for the facilitators' eyes only: the facilitator and the subject hear it, a
  // plain member does not (cycles-live.spec.ts goes through every visibility).
  'cycle.changed': async (s) => {
    const res = await live.t.request('POST', `/api/networks/${s.networkId}/cycles`, { cookie: s.subject.cookie, body: { title: 'Signaalkaart', learningQuestion: 'Wat werkt?', visibility: 'facilitators' } });
    if (res.status !== 201) throw new Error(`start cycle: ${res.status} ${JSON.stringify(res.body)}`);
  },
  // The facilitator plans a session with the subject as case owner and themselves as lead: those two hear
  // it, a plain member does not (intervision-live.spec.ts goes through every move and the presence).
  'intervision.changed': (s) =>
    s.request('POST', `/api/networks/${s.networkId}/intervision-sessions`, {
      title: 'Intervisie', startsAt: '2030-01-01T10:00:00.000Z', methodId: 'a0000000-0000-4000-8000-000000000001',
      people: [{ userId: s.subject.id, role: 'case-owner' }, { userId: s.fac.id, role: 'lead' }],
    }),
  // The subject shares a part of a reflection with the network.
  'reflection.changed': async (s) => {
    const res = await live.t.request('POST', '/api/me/reflections', { cookie: s.subject.cookie, body: { text: 'Privé', networkId: s.networkId, sharedPart: 'Gedeeld', domains: ['subjectification'] } });
    if (res.status !== 201) throw new Error(`reflection: ${res.status} ${JSON.stringify(res.body)}`);
  },
  // Someone coming online is a presence change.
  'presence.changed': (s) => live.open(s.subject),
  // The subject edits from a socket of their own; their inbox socket never opened the document.
  'doc.message': async (s) => {
    const documentId = await s.openDocument();
    const writer = new DocEditor(documentId, s.subject.cookie);
    await writer.open(live.base);
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Matrix')]);
    writer.doc.getXmlFragment(DOCUMENT_FRAGMENT).insert(0, [p]);
    await writer.flush();
    writer.destroy();
  },
  'doc.closed': async (s) => s.request('DELETE', `/api/networks/${s.networkId}/practice-pages/${await s.openDocument()}`),
  // Comments and versions go to every member, whether or not they have the document open.
  'document.commented': async (s) => {
    const page = (await s.request('POST', `/api/networks/${s.networkId}/practice-pages`, { title: 'Matrix' })) as { id: string };
    return s.request('POST', `/api/networks/${s.networkId}/documents/${page.id}/comments`, { anchor: { start: 'AA==', end: 'AA==' }, quote: 'Matrix', text: 'Klopt dit?' });
  },
  'document.versioned': async (s) => {
    const page = (await s.request('POST', `/api/networks/${s.networkId}/practice-pages`, { title: 'Matrix' })) as { id: string };
    return s.request('POST', `/api/networks/${s.networkId}/documents/${page.id}/versions`, { name: 'Eerste versie' });
  },
};

const live = useLiveApp(testDatabases()[0][1]);

describe.each(Object.keys(triggers) as ServerEventName[])('%s', (event) => {
  it(`reaches exactly its audience (${serverEventAudience[event]})`, async () => {
    const f = live.t.fixtures;
    const [fac, member, subject, outsider, elsewhere] = await Promise.all(['Fenna', 'Mira', 'Sam', 'Otto', 'Els'].map((n) => f.person(n)));
    const joining = event === 'member.joined' || event === 'presence.changed';
    const networkId = await f.network({ facilitators: [fac], members: joining ? [member] : [member, subject] }, { visibility: 'public' });
    await f.network({ facilitators: [elsewhere] });
    const [facIn, memberIn, outsiderIn, elsewhereIn] = await Promise.all([fac, member, outsider, elsewhere].map((who) => live.open(who)));
    // The subject is connected unless coming online is the event itself.
    const subjectIn = event === 'presence.changed' ? null : await live.open(subject);
    for (const inbox of [facIn, memberIn, outsiderIn, elsewhereIn, subjectIn]) inbox?.forget();

    const request = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown) => {
      const res = await live.t.request(method, url, { cookie: fac.cookie, body });
      if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    let documentId: string | null = null;
    const openDocument = async () => {
      const page = (await request('POST', `/api/networks/${networkId}/practice-pages`, { title: 'Matrix' })) as { id: string };
      documentId = page.id;
      for (const inbox of [facIn, memberIn]) expect(await inbox.socket.emitWithAck('doc.open', { documentId })).toMatchObject({ documentId });
      for (const inbox of [outsiderIn, elsewhereIn]) expect(await inbox.socket.emitWithAck('doc.open', { documentId })).toMatchObject({ error: { code: 'forbidden' } });
      // Opening sends the opener sync step 1: not what the event is about.
      for (const inbox of [facIn, memberIn]) inbox.forget();
      return page.id;
    };
    await triggers[event]({ networkId, fac, subject, request, openDocument });

    const audience = serverEventAudience[event];
    // Those who may read a cycle: for the trigger's facilitators-only cycle, the facilitators and its owner (the subject).
    // For 'session-participants': the trigger's session has the facilitator (lead) and the subject (case owner).
    const fewer = audience === 'facilitators' || audience === 'cycle-readers' || audience === 'session-participants';
    const mustHear: Inbox[] = fewer ? [facIn] : audience === 'subject' ? [] : [facIn, memberIn];
    const mustNot: Inbox[] = fewer ? [memberIn, outsiderIn, elsewhereIn] : audience === 'subject' ? [facIn, memberIn, outsiderIn, elsewhereIn] : [outsiderIn, elsewhereIn];
    if (subjectIn && (audience === 'members-and-subject' || audience === 'subject' || audience === 'cycle-readers' || audience === 'session-participants')) mustHear.push(subjectIn);
    else if (subjectIn && (audience === 'facilitators' || audience === 'editors')) mustNot.push(subjectIn);
    // Documents' events name the document, the others the network.
    const about = (payload: unknown) => JSON.stringify(payload).includes(documentId ?? networkId);
    for (const inbox of mustHear) await inbox.next(event, about);
    await Promise.all(mustNot.map((inbox) => inbox.settle()));
    for (const inbox of mustNot) expect(inbox.all(event).filter(about)).toEqual([]);
  });
});
