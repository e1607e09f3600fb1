import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ActionIcon, Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical } from '@tabler/icons-react';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { DocumentSummary } from '@broedplaats/contracts';
import { isApiError } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { practicePagePath } from './paths';
import { useReorderPages } from './queries';

type Props = { networkId: string; pages: DocumentSummary[]; mayOrder: boolean };

/**
 * The pages in the facilitators' order. Facilitators drag them (mouse, touch, or the keyboard on the
 * handle: space, arrows, space) or use the up and down buttons; the outcome is read out.
 */
export function PageList({ networkId, pages, mayOrder }: Props) {
  const { t } = useT();
  const [said, setSaid] = useState('');
  const reorder = useReorderPages(networkId);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= pages.length || from === to) return;
    const moved = pages[from];
    setSaid('');
    reorder.mutate(
      arrayMove(pages, from, to).map((page) => page.id),
      {
        onSuccess: () => setSaid(t('documents:practice.moved', { title: moved.title, position: to + 1 })),
        onError: (error) => setSaid(isApiError(error) && error.code === 'stale_order' ? t('documents:practice.stale') : errorMessage(t, error)),
      },
    );
  };
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(pages.findIndex((p) => p.id === active.id), pages.findIndex((p) => p.id === over.id));
  };

  return (
    <Stack gap="xs">
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={dragEnd}>
        <SortableContext items={pages.map((p) => p.id)} strategy={verticalListSortingStrategy}>
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('documents:practice.list')}>
            {pages.map((page, index) => (
              <SortableRow key={page.id} page={page} draggable={mayOrder}>
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Anchor component={Link} to={practicePagePath(networkId, page.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {page.title}
                  </Anchor>
                  <Text size="xs">{t('documents:practice.updated', { date: formatDate(page.updatedAt) })}</Text>
                </Stack>
                {mayOrder && (
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="default" size="lg" aria-label={t('documents:practice.up', { title: page.title })} disabled={index === 0 || reorder.isPending} onClick={() => move(index, index - 1)}>
                      <IconArrowUp size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon variant="default" size="lg" aria-label={t('documents:practice.down', { title: page.title })} disabled={index === pages.length - 1 || reorder.isPending} onClick={() => move(index, index + 1)}>
                      <IconArrowDown size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                )}
              </SortableRow>
            ))}
          </Stack>
        </SortableContext>
      </DndContext>
      <Text size="sm" role="status" aria-live="polite">
        {said}
      </Text>
    </Stack>
  );
}

function SortableRow({ page, draggable, children }: { page: DocumentSummary; draggable: boolean; children: ReactNode }) {
  const { t } = useT();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: page.id, disabled: !draggable });
  return (
    <Card component="li" ref={setNodeRef} withBorder padding="xs" style={{ transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 1 : undefined }}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="center">
        {draggable && (
          <ActionIcon variant="subtle" color="gray" size="lg" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={t('documents:practice.drag', { title: page.title })} style={{ cursor: 'grab', touchAction: 'none' }}>
            <IconGripVertical size={18} aria-hidden />
          </ActionIcon>
        )}
        {children}
      </Group>
    </Card>
  );
}
