import { initialsOf } from './PersonAvatar';

describe('initials', () => {
  it.each([
    ['Anna de Vries', 'AV'],
    ['Fenna Jansen', 'FJ'],
    ['  sem   de boer ', 'SB'],
    ['Regiocoördinator', 'R'],
    ['Özlem Yılmaz', 'ÖY'],
    ['', '?'],
  ])('%p gives %p', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
