import {
  Notification, createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's "light" variant (badges, alerts) puts shade 9 on shade 1, which for teal, orange and yellow
 * stays under the 4.5:1 contrast small text needs; use the palest background and a darker text.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  const palette = input.theme.colors[parsed.color];
  return { ...colors, background: palette[0], hover: palette[1], color: darken(palette[9], 0.25) };
};

/** Shade 8 of blue keeps white button text above the 4.5:1 contrast people with low vision need. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  focusRing: 'auto',
  // People who ask their system for less motion get no sliding or fading.
  respectReducedMotion: true,
  variantColorResolver,
  components: {
    // Capitals are harder to read, at B1 level most of all.
    // Plain objects, not Badge.extend / Menu.extend: importing those components here would put them
    // (and Menu's focus trap) in every page's first download.
    Badge: { defaultProps: { tt: 'none' } },
    // Mantine's focus placeholder is a role=presentation child of role=menu, which screen readers
    // (and axe, as critical) do not accept; focus goes to the first item instead.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // The description under a notification's title is grey-6 by default: 3.3:1 on white, too faint.
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-dimmed)' } } }),
  },
});

/** Mantine's grey hints and red errors are a little too light on white; use darker shades. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
  },
  dark: {},
});
