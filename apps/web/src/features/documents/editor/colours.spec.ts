import { colourOf, palette } from './colours';

// WCAG relative luminance and contrast, to hold every shade to white text at AA (4.5:1).
const channel = (hex: string, at: number) => {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) => 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('editors’ colours', () => {
  it.each(palette)('%s carries white initials and names at AA contrast', (hex) => {
    expect(contrastWithWhite(hex)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives a person the same colour every time, from the palette', () => {
    const id = '6f1c0a52-8f0e-4a55-9d0a-3f2b9c1d2e4f';
    expect(colourOf(id)).toBe(colourOf(id));
    expect(palette).toContain(colourOf(id));
  });
});
