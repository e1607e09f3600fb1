import { notificationRecipients } from './recipients';

describe('notificationRecipients', () => {
  it.each([
    { recipients: ['a', 'b'], actor: 'c', expected: ['a', 'b'] },
    { recipients: ['a', 'b', 'a'], actor: null, expected: ['a', 'b'] },
    { recipients: ['a', 'b', 'a'], actor: 'a', expected: ['b'] },
    { recipients: ['a'], actor: 'a', expected: [] },
    { recipients: [], actor: 'a', expected: [] },
  ])('$recipients without $actor → $expected', ({ recipients, actor, expected }) => {
    expect(notificationRecipients(recipients, actor)).toEqual(expected);
  });
});
