import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ActionIcon, Divider, Group } from '@mantine/core';

export type ToolbarButton = {
  id: string;
  label: string;
  icon: ReactNode;
  /** A toggle (bold, a list): its state is announced with aria-pressed. Absent for plain actions. */
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
  /** Starts a new group: a thin line before it. */
  groupStart?: boolean;
};

/**
 * A toolbar as WAI-ARIA describes it: one tab stop, arrow keys (and Home/End) move between buttons.
 * Disabled buttons stay reachable (aria-disabled), so the arrows never skip over a button someone
 * is looking for.
 */
export function RovingToolbar({ label, buttons, controls }: { label: string; buttons: ToolbarButton[]; controls?: string }) {
  const [current, setCurrent] = useState(0);
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const active = Math.min(current, buttons.length - 1);

  const focus = (index: number) => {
    const next = (index + buttons.length) % buttons.length;
    setCurrent(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowRight: () => focus(active + 1),
      ArrowLeft: () => focus(active - 1),
      Home: () => focus(0),
      End: () => focus(buttons.length - 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  return (
    <Group role="toolbar" aria-label={label} aria-controls={controls} gap={4} wrap="wrap" onKeyDown={onKeyDown}>
      {buttons.map((button, index) => (
        <Group key={button.id} gap={4} wrap="nowrap">
          {button.groupStart && index > 0 && <Divider orientation="vertical" aria-hidden />}
          <ActionIcon
            ref={(node) => {
              refs.current[index] = node;
            }}
            variant={button.pressed ? 'filled' : 'subtle'}
            color={button.pressed ? 'blue.9' : 'dark'}
            size="lg"
            tabIndex={index === active ? 0 : -1}
            aria-label={button.label}
            title={button.label}
            aria-pressed={button.pressed}
            aria-disabled={button.disabled || undefined}
            onFocus={() => setCurrent(index)}
            // The editor keeps its selection: a click on a button must not take focus from the text first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => !button.disabled && button.run()}
          >
            {button.icon}
          </ActionIcon>
        </Group>
      ))}
    </Group>
  );
}
