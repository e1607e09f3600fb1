import i18n from '../lib/i18n';
import { seesSection, type SectionAudience } from '../lib/sections';
import { sections } from './sections';

describe('page sections', () => {
  it.each(Object.entries(sections))('gives every part of the %s page its own id', (_page, parts) => {
    const ids = parts.map((part) => part.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names every part in Dutch and in English', () => {
    const labels = [...sections.network, ...sections.home].map((part) => part.label);
    for (const lng of ['nl', 'en']) {
      const texts = labels.map((label) => i18n.t(label, { lng }));
      // i18next answers with the key itself when a text is missing.
      expect(texts.filter((text, index) => !text || text === labels[index] || text === labels[index].split(':')[1])).toEqual([]);
    }
  });

  it.each<[SectionAudience, boolean, boolean, boolean]>([
    // audience,     outsider, member, manager
    ['everyone', true, true, true],
    ['member', false, true, true],
    ['people', false, true, true],
    ['facilitator', false, false, true],
  ])('shows a part for %s to outsiders: %s, members: %s, facilitators: %s', (audience, outsider, member, manager) => {
    expect(seesSection(audience, { isMember: false, canManage: false })).toBe(outsider);
    expect(seesSection(audience, { isMember: true, canManage: false })).toBe(member);
    expect(seesSection(audience, { isMember: true, canManage: true })).toBe(manager);
  });

  it('shows a manager who is no member (a platform admin on duty) the facilitators’ parts and the people, but not the members’ content', () => {
    expect(seesSection('facilitator', { isMember: false, canManage: true })).toBe(true);
    expect(seesSection('people', { isMember: false, canManage: true })).toBe(true);
    expect(seesSection('member', { isMember: false, canManage: true })).toBe(false);
  });

  it('keeps content parts (presence) from a facilitator-on-duty, and gives them the members part', () => {
    const seen = (id: string) => sections.network.find((part) => part.id === id)!.audience;
    expect(seesSection(seen('online'), { isMember: false, canManage: true })).toBe(false);
    expect(seesSection(seen('members'), { isMember: false, canManage: true })).toBe(true);
  });
});
