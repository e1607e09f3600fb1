import { Avatar, type AvatarProps } from '@mantine/core';

/**
 * First letters of the first and last word: "Anna de Vries" is AV, not AD (Mantine's own initials
 * take the first two words, which trips over Dutch "de", "van", "ter").
 */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0][0];
  const last = words.length > 1 ? words[words.length - 1][0] : '';
  return `${first}${last}`.toUpperCase();
}

// Dark shades with white letters: every one passes WCAG AA contrast; the name picks one, so a person keeps their colour.
const colours = ['teal.9', 'blue.9', 'grape.9', 'indigo.9', 'pink.9', 'cyan.9', 'violet.9', 'green.9'];
function colourOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return colours[Math.abs(hash) % colours.length];
}

/** A person's initials in a circle; decorative, since their name is always written beside it. */
export function PersonAvatar({ name, size = 'md' }: { name: string; size?: AvatarProps['size'] }) {
  return (
    <Avatar color={colourOf(name)} variant="filled" radius="xl" size={size} aria-hidden>
      {initialsOf(name)}
    </Avatar>
  );
}
