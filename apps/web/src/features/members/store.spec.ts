import { useLeavingStore } from './store';

const almere = '22222222-2222-4222-8222-222222222222';
const lelystad = '33333333-3333-4333-8333-333333333333';

describe('leaving store', () => {
  beforeEach(() => useLeavingStore.setState({ leaving: {} }));

  it('remembers each network this tab is leaving until it is done', () => {
    const { start, done } = useLeavingStore.getState();
    start(almere);
    start(lelystad);
    expect(useLeavingStore.getState().leaving).toEqual({ [almere]: true, [lelystad]: true });

    done(almere);
    expect(useLeavingStore.getState().leaving).toEqual({ [lelystad]: true });
  });

  it('takes done for a network it was not leaving as nothing to do', () => {
    useLeavingStore.getState().start(almere);
    useLeavingStore.getState().done(lelystad);
    expect(useLeavingStore.getState().leaving).toEqual({ [almere]: true });
  });
});
