import { useEffect, useState } from 'react';
import { Text, type TextProps } from '@mantine/core';
import { useT } from '../../lib/use-t';
import { useStepsStore } from '../live-steps/store';

const clock = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * Time left of the current item, counted to the server's deadline on the server's clock (this
 * browser's clock plus its offset), so every screen in the room shows the same. `data-ends-at`
 * carries the deadline itself.
 */
export function Countdown({ endsAt, ...text }: { endsAt: string } & TextProps) {
  const { t } = useT();
  const offsetMs = useStepsStore((s) => s.offsetMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Date.parse(endsAt) - (now + offsetMs);
  return (
    <Text role="timer" data-ends-at={endsAt} c={left < 0 ? 'red.8' : undefined} fw={700} {...text}>
      {left >= 0 ? t('meetings:live.left', { time: clock(left) }) : t('meetings:live.over', { time: clock(-left) })}
    </Text>
  );
}
