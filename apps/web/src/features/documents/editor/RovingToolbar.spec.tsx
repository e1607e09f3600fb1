import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../test/render';
import { RovingToolbar, type ToolbarButton } from './RovingToolbar';

function setup(overrides: Partial<Record<string, Partial<ToolbarButton>>> = {}) {
  const run = jest.fn();
  const buttons: ToolbarButton[] = ['Vet', 'Schuin', 'Citaat', 'Link'].map((label) => ({ id: label, label, icon: label[0], run: () => run(label), ...overrides[label] }));
  renderApp([{ path: '/', element: <><button>ervoor</button><RovingToolbar label="Opmaak" buttons={buttons} /><button>erna</button></> }], '/');
  return { run, user: userEvent.setup() };
}
const start = async () => screen.findByRole('toolbar', { name: 'Opmaak' });

describe('RovingToolbar', () => {
  it('is one tab stop; the arrow keys, Home and End move between buttons, wrapping around', async () => {
    const { user } = setup();
    await start();
    await user.click(screen.getByRole('button', { name: 'ervoor' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Vet' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Schuin' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Link' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Vet' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'Link' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'Vet' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'erna' })).toHaveFocus();
  });

  it('comes back to the button last used when tabbing in again', async () => {
    const { user } = setup();
    await start();
    await user.click(screen.getByRole('button', { name: 'ervoor' }));
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await user.tab();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Citaat' })).toHaveFocus();
    expect(screen.getAllByRole('button').filter((b) => b.tabIndex === 0).map((b) => b.textContent)).toEqual(['ervoor', 'C', 'erna']);
  });

  it('runs a button with Enter and Space, says which toggles are on, and keeps disabled buttons reachable but inert', async () => {
    const { user, run } = setup({ Vet: { pressed: true }, Schuin: { pressed: false }, Citaat: { disabled: true } });
    await start();
    expect(screen.getByRole('button', { name: 'Vet' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Schuin' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Link' })).not.toHaveAttribute('aria-pressed');
    await user.click(screen.getByRole('button', { name: 'ervoor' }));
    await user.tab();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowRight} ');
    await user.keyboard('{ArrowRight}{Enter}');
    expect(screen.getByRole('button', { name: 'Citaat' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Citaat' })).toHaveAttribute('aria-disabled', 'true');
    expect(run.mock.calls).toEqual([['Vet'], ['Schuin']]);
  });
});
