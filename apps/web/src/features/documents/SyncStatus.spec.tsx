import { screen } from '@testing-library/react';
import { renderApp } from '../../../test/render';
import { SyncStatus } from './SyncStatus';

describe('SyncStatus', () => {
  it.each([
    ['saved', 'Opgeslagen'],
    ['saving', 'Bezig met opslaan'],
    ['offline', 'Offline – je wijzigingen worden bewaard'],
    ['failed', 'Niet opgeslagen. Je wijzigingen staan nog op dit apparaat.'],
  ] as const)('says %s in Dutch, as a live status', async (status, text) => {
    renderApp([{ path: '/', element: <SyncStatus status={status} /> }], '/');
    expect(await screen.findByRole('status')).toHaveTextContent(text);
  });
});
