import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ActionIcon, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type AgendaItem, meetingRoutes } from '@broedplaats/contracts';
import { ConfirmDialog } from '../../app/ConfirmButton';
import { Panel } from '../../app/Panel';
import { callRoute, isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useT } from '../../lib/use-t';
import { ItemForm } from './ItemForm';
import type { MeetingPartProps } from './meeting-context';
import { useMeetingChange, useQuestionChoices } from './queries';

type Move = { ids: string[]; moved: AgendaItem; to: number };

/**
 * The agenda of the meeting: accepted items in order (facilitators drag them, or use the up/down
 * buttons), members' proposals below for facilitators to accept or decline.
 */
export function AgendaItems(props: MeetingPartProps) {
  const { network, meeting, isFacilitator, readOnly } = props;
  const { t } = useT();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const params = { networkId: network.id, meetingId: meeting.id };
  const accepted = meeting.items.filter((i) => i.status === 'accepted').sort((a, b) => a.position - b.position);
  const proposals = meeting.items.filter((i) => i.status === 'proposed');
  const linked = meeting.items.some((i) => i.questionId);
  const questions = useQuestionChoices(network.id, linked || adding || editingId !== null);
  const questionTitle = (id: string) => questions.data?.items.find((q) => q.id === id)?.title;
  const mayOrder = isFacilitator && !readOnly;

  const reorder = useMeetingChange(network.id, meeting.id, ({ ids }: Move) => callRoute(meetingRoutes.reorderAgendaItems, { params, body: { itemIds: ids } }));
  const decide = useMeetingChange(network.id, meeting.id, ({ itemId, status }: { itemId: string; status: 'accepted' | 'declined' }) =>
    callRoute(meetingRoutes.updateAgendaItem, { params: { ...params, itemId }, body: { status } }),
  );
  const remove = useMeetingChange(network.id, meeting.id, (itemId: string) => callRoute(meetingRoutes.removeAgendaItem, { params: { ...params, itemId } }));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= accepted.length || from === to) return;
    const ids = arrayMove(accepted, from, to).map((i) => i.id);
    setSaid('');
    reorder.mutate(
      { ids, moved: accepted[from], to },
      {
        onSuccess: () => setSaid(t('meetings:items.moved', { title: accepted[from].title, position: to + 1 })),
        // Someone else reordered first: the page refetched (useMeetingChange); say so.
        onError: (error) => setSaid(isApiError(error) && error.code === 'stale_order' ? t('meetings:items.stale') : errorMessage(t, error)),
      },
    );
  };
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(accepted.findIndex((i) => i.id === active.id), accepted.findIndex((i) => i.id === over.id));
  };

  return (
    <Panel id="items" title={t('meetings:items.title')}>
      <Stack gap="sm">
        {accepted.length === 0 ? (
          <Text size="sm">{t('meetings:items.empty')}</Text>
        ) : (
          <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={dragEnd}>
            <SortableContext items={accepted.map((i) => i.id)} strategy={verticalListSortingStrategy}>
              <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('meetings:items.title')}>
                {accepted.map((item, index) => (
                  <SortableItem key={item.id} item={item} draggable={mayOrder && editingId !== item.id}>
                    {editingId === item.id ? (
                      <div style={{ flex: 1 }}>
                        <ItemForm {...props} item={item} questions={questions.data?.items ?? []} onDone={() => setEditingId(null)} />
                      </div>
                    ) : (
                      <ItemText item={item} networkId={network.id} questionTitle={item.questionId ? questionTitle(item.questionId) : undefined} />
                    )}
                    {mayOrder && editingId !== item.id && (
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="default" size="lg" aria-label={t('meetings:items.up', { title: item.title })} disabled={index === 0 || reorder.isPending} onClick={() => move(index, index - 1)}>
                          <IconArrowUp size={18} aria-hidden />
                        </ActionIcon>
                        <ActionIcon variant="default" size="lg" aria-label={t('meetings:items.down', { title: item.title })} disabled={index === accepted.length - 1 || reorder.isPending} onClick={() => move(index, index + 1)}>
                          <IconArrowDown size={18} aria-hidden />
                        </ActionIcon>
                        <ActionIcon variant="default" size="lg" aria-label={t('meetings:items.edit', { title: item.title })} onClick={() => setEditingId(item.id)}>
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                        <ConfirmIcon
                          label={t('meetings:items.removeItem', { title: item.title })}
                          question={t('meetings:items.removeQuestion', { title: item.title })}
                          confirmLabel={t('meetings:items.remove')}
                          onConfirm={() => remove.mutateAsync(item.id).catch(() => undefined)}
                        />
                      </Group>
                    )}
                  </SortableItem>
                ))}
              </Stack>
            </SortableContext>
          </DndContext>
        )}
        <Text size="sm" role="status" aria-live="polite">
          {said}
        </Text>
        {proposals.length > 0 && (
          <Stack gap="xs">
            <Text fw={600}>{t('meetings:items.proposals')}</Text>
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('meetings:items.proposals')}>
              {proposals.map((item) => (
                <Card component="li" key={item.id} withBorder padding="xs">
                  <Stack gap={4}>
                    <ItemText item={item} networkId={network.id} questionTitle={item.questionId ? questionTitle(item.questionId) : undefined} />
                    {item.proposedBy && <Text size="xs">{t('meetings:items.proposedBy', { name: item.proposedBy.displayName })}</Text>}
                    {isFacilitator && !readOnly && (
                      <Group gap="xs">
                        <Button size="xs" onClick={() => decide.mutate({ itemId: item.id, status: 'accepted' })}>
                          {t('meetings:items.accept')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => decide.mutate({ itemId: item.id, status: 'declined' })}>
                          {t('meetings:items.decline')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Card>
              ))}
            </Stack>
          </Stack>
        )}
        {!readOnly &&
          (adding ? (
            <Card withBorder>
              <ItemForm {...props} questions={questions.data?.items ?? []} onDone={() => setAdding(false)} />
            </Card>
          ) : (
            <Group>
              <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                {t(isFacilitator ? 'meetings:items.add' : 'meetings:items.propose')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Panel>
  );
}

/** A small bin button that asks first. */
function ConfirmIcon({ label, question, confirmLabel, onConfirm }: { label: string; question: string; confirmLabel: string; onConfirm: () => Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionIcon variant="default" color="red.9" size="lg" aria-label={label} onClick={() => setOpen(true)}>
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
      <ConfirmDialog opened={open} onClose={() => setOpen(false)} title={label} question={question} confirmLabel={confirmLabel} onConfirm={onConfirm} />
    </>
  );
}

function SortableItem({ item, draggable, children }: { item: AgendaItem; draggable: boolean; children: React.ReactNode }) {
  const { t } = useT();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, disabled: !draggable });
  return (
    <Card component="li" ref={setNodeRef} withBorder padding="xs" style={{ transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 1 : undefined }}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        {draggable && (
          <ActionIcon variant="subtle" color="gray" size="lg" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={t('meetings:items.drag', { title: item.title })} style={{ cursor: 'grab', touchAction: 'none' }}>
            <IconGripVertical size={18} aria-hidden />
          </ActionIcon>
        )}
        {children}
      </Group>
    </Card>
  );
}

function ItemText({ item, networkId, questionTitle }: { item: AgendaItem; networkId: string; questionTitle?: string }) {
  const { t } = useT();
  return (
    <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {item.title}
      </Text>
      <Group gap="xs">
        <Badge variant="light" color="gray">
          {t('meetings:items.minutes', { count: item.timeboxMinutes })}
        </Badge>
        {item.owner && <Text size="xs">{t('meetings:items.owner', { name: item.owner.displayName })}</Text>}
      </Group>
      {item.questionId && (
        <Anchor component={Link} size="sm" to={`/networks/${networkId}/kennisagenda?vraag=${item.questionId}`}>
          {questionTitle ?? t('meetings:items.questionLink')}
        </Anchor>
      )}
    </Stack>
  );
}
