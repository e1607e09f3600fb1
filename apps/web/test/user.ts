import userEvent from '@testing-library/user-event';

/**
 * One simulated person per test, without the pause user-event takes between steps by default: the
 * pauses add nothing in jsdom and only stretch a test on busy cores.
 */
export const setupUser = () => userEvent.setup({ delay: null });

type User = ReturnType<typeof setupUser>;

/**
 * Puts a text in a field in one change, as pasting does. Forms render again on every change, which
 * costs tens of milliseconds in jsdom, so typing a long text key by key is what made form tests slow.
 * Type key by key only where the keys themselves are what is tested.
 */
export async function fillIn(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}
