import type { ReactNode } from 'react';
import { Paper, Text, Title } from '@mantine/core';

type Props = { id: string; title: ReactNode; intro?: ReactNode; children: ReactNode };

/** A bordered part of a page, named by its heading so screen readers can jump between parts. */
export function Panel({ id, title, intro, children }: Props) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`${id}-heading`}>
      <Title order={2} id={`${id}-heading`} mb={intro ? 'xs' : 'sm'}>
        {title}
      </Title>
      {intro && <Text mb="md">{intro}</Text>}
      {children}
    </Paper>
  );
}
