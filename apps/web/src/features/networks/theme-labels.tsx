import { Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ComboboxItem, OptionsFilter, SelectProps } from '@mantine/core';
import type { Theme } from '@broedplaats/contracts';
import { useT } from '../../lib/use-t';
import plainEn from '../../locales/en/themes.json';
import plainNl from '../../locales/nl/themes.json';
import { useThemes } from './queries';

/** A theme as people read it: a plain (B1) label first, and the official name where that is different. */
export type ThemeLabel = { id: string; label: string; official: string | null };

/**
 * The plain labels, keyed by theme id (`locales/<language>/themes.json`). Not an i18next namespace:
 * only pages that show themes need them, so they come with those pages' code instead of the first
 * download. A theme added to the taxonomy later shows its official name until it gets one.
 */
export const plainThemeLabels: Record<'nl' | 'en', Record<string, string>> = { nl: plainNl, en: plainEn };

export function useThemeLabels() {
  const { i18n } = useT();
  const themes = useThemes();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const labelOf = (theme: Theme): ThemeLabel => {
    const official = theme[language];
    const label = plainThemeLabels[language][theme.id] ?? official;
    return { id: theme.id, label, official: label === official ? null : official };
  };
  const labels = (themes.data ?? []).map(labelOf);
  const byId = new Map(labels.map((label) => [label.id, label]));
  return {
    themes,
    labels,
    /** For an id the list does not (yet) know, the id itself. */
    labelOf: (id: string): ThemeLabel => byId.get(id) ?? { id, label: id, official: null },
  };
}

/**
 * What a theme select needs: options with the plain label, the official name small under it, and
 * typing that finds a theme by either name.
 */
export function themeSelectProps(labels: ThemeLabel[]): Pick<SelectProps, 'data' | 'renderOption' | 'filter'> {
  const official = new Map(labels.map((label) => [label.id, label.official]));
  const filter: OptionsFilter = ({ options, search }) => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    return (options as ComboboxItem[]).filter((option) => {
      const text = `${option.label} ${official.get(option.value) ?? ''}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
  };
  return {
    data: labels.map(({ id, label }) => ({ value: id, label })),
    filter,
    renderOption: ({ option, checked }) => (
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {checked && <IconCheck size={14} aria-hidden style={{ flexShrink: 0, marginTop: 4 }} />}
        <div>
          <Text size="sm">{option.label}</Text>
          {official.get(option.value) && <Text size="xs">{official.get(option.value)}</Text>}
        </div>
      </Group>
    ),
  };
}
