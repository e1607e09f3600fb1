/**
 * A person's colour at their cursor and in the people list, the same in every browser (picked by user
 * id). Dark shades: the name label shows white on them with WCAG AA contrast.
 */
export const palette = ['#1864ab', '#862e9c', '#c92a2a', '#1b6e2f', '#5f3dc4', '#0b7285', '#a61e4d', '#364fc7'];

export function colourOf(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return palette[Math.abs(hash) % palette.length];
}
