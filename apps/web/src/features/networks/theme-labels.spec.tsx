import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import type { Theme } from '@broedplaats/contracts';
import { fakeApi } from '../../../test/fake-api';
import { network } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { setupUser } from '../../../test/user';
import { setLanguage } from '../../lib/i18n';
import { NetworkForm } from './NetworkForm';
import { NetworkProfile } from './NetworkProfile';
import { plainThemeLabels } from './theme-labels';

// The taxonomy the API loads into the themes table (read as a file: the web does not import the api).
const taxonomy: Theme[] = JSON.parse(readFileSync(path.join(__dirname, '../../../../api/src/themes/taxonomy.json'), 'utf8'));
const expertise = taxonomy.find((theme) => theme.id === 'deskundigheidsbevordering')!;
const older = taxonomy.find((theme) => theme.id === 'ouderen-langer-thuis')!;

describe('themes in plain words', () => {
  beforeEach(() => setLanguage('nl'));

  it('has a plain label in Dutch and English for every theme of the taxonomy', () => {
    const ids = taxonomy.map((theme) => theme.id).sort();
    expect(Object.keys(plainThemeLabels.nl).sort()).toEqual(ids);
    expect(Object.keys(plainThemeLabels.en).sort()).toEqual(ids);
    expect([...Object.values(plainThemeLabels.nl), ...Object.values(plainThemeLabels.en)].filter((label) => !label.trim())).toEqual([]);
  });

  it('shows the plain label on a profile, with the official name small where it differs', async () => {
    fakeApi({ 'GET /api/themes': { body: taxonomy } });
    renderApp([{ path: '/', element: <NetworkProfile network={network({ themeIds: [expertise.id, older.id] })} /> }], '/');
    const panel = (await screen.findByRole('heading', { name: "Thema's", level: 2 })).closest('section') as HTMLElement;
    const items = await within(panel).findAllByRole('listitem');
    await within(items[0]).findByText('Leren en vakmanschap');
    expect(items.map((item) => item.textContent)).toEqual([
      'Leren en vakmanschapOfficiële naam: Deskundigheidsbevordering (sociale) professionals / vrijwilligers / burgers',
      // Already plain: no second line.
      'Ouderen en langer thuis wonen',
    ]);
  });

  it('lists plain labels in the form’s theme choice, and finds a theme by its official name too', async () => {
    const onSubmit = jest.fn();
    fakeApi({ 'GET /api/themes': { body: taxonomy } });
    renderApp([{ path: '/', element: <NetworkForm submitLabel="Opslaan" onSubmit={onSubmit} onCancel={() => undefined} /> }], '/');
    const user = setupUser();
    const themes = await screen.findByRole('combobox', { name: /Thema's/ });
    await screen.findByRole('option', { name: /Leren en vakmanschap/, hidden: true });
    await user.type(themes, 'deskundigheid');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Leren en vakmanschapDeskundigheidsbevordering (sociale) professionals / vrijwilligers / burgers']);
    await user.click(options[0]);
    expect(screen.getByText('Leren en vakmanschap', { selector: '.mantine-Pill-label' })).toBeInTheDocument();
  });

  it('uses English plain labels in English, with the English official name', async () => {
    await setLanguage('en');
    fakeApi({ 'GET /api/themes': { body: taxonomy } });
    renderApp([{ path: '/', element: <NetworkProfile network={network({ themeIds: [expertise.id] })} /> }], '/');
    expect(await screen.findByText('Learning and skills')).toBeInTheDocument();
    expect(screen.getByText(`Official name: ${expertise.en}`)).toBeInTheDocument();
  });
});
