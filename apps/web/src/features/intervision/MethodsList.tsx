import { useState } from 'react';
import { Accordion, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { intervisionRoutes, type CreateMethodBody, type IntervisionMethod } from '@broedplaats/contracts';
import { ConfirmButton } from '../../app/ConfirmButton';
import { callRoute } from '../../lib/api';
import { currentLanguage } from '../../lib/i18n';
import { notifySuccess } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { MethodEditor } from './MethodEditor';
import { useIntervisionChange, useMethods, useSaveMethod } from './queries';

type Editing = { methodId: string | null; initial: CreateMethodBody };

const blankPhase = (n: number, collects: 'case' | 'none') => ({
  key: `stap-${n}`, name: { nl: '', en: '' }, instructions: { nl: '', en: '' }, minutes: 10, speaker: 'group' as const, collects, caseOwnerListensOnly: false,
});
const templateOf = (m: IntervisionMethod, basedOn: string | null, name?: IntervisionMethod['name']): CreateMethodBody => ({
  name: name ?? m.name, purpose: m.purpose, groupSize: m.groupSize, phases: m.phases, basedOn,
});

/** The six built-in methods and the network's own; facilitators copy and adapt one, or make their own. */
export function MethodsList({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useT();
  const lang = currentLanguage();
  const methods = useMethods(networkId);
  const save = useSaveMethod(networkId);
  const remove = useIntervisionChange(networkId, (methodId: string) => callRoute(intervisionRoutes.deleteIntervisionMethod, { params: { networkId, methodId } }));
  const [editing, setEditing] = useState<Editing | null>(null);
  const copyName = (m: IntervisionMethod) => ({ nl: t('intervision:methods.copyOf', { name: m.name.nl, lng: 'nl' }), en: t('intervision:methods.copyOf', { name: m.name.en, lng: 'en' }) });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('intervision:methods.title')}
        </Title>
        {canManage && !editing && (
          <Button variant="default" onClick={() => setEditing({ methodId: null, initial: { name: { nl: '', en: '' }, purpose: { nl: '', en: '' }, groupSize: { min: 3, max: 8 }, phases: [blankPhase(1, 'case'), blankPhase(2, 'none')], basedOn: null } })}>
            {t('intervision:methods.create')}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('intervision:methods.intro')}</Text>
      {editing && (
        <Card withBorder>
          <MethodEditor
            initial={editing.initial}
            pending={save.isPending}
            error={save.error}
            onCancel={() => (setEditing(null), save.reset())}
            onSubmit={(body) => save.mutate({ methodId: editing.methodId, body }, { onSuccess: () => (setEditing(null), notifySuccess(t('intervision:methods.saved'))) })}
          />
        </Card>
      )}
      <Accordion variant="separated">
        {(methods.data ?? []).map((m) => (
          <Accordion.Item key={m.id} value={m.id}>
            <Accordion.Control>
              <Group gap="xs">
                <Text fw={600}>{m.name[lang]}</Text>
                <Badge size="sm" variant="light" color={m.builtIn ? 'gray' : 'teal'}>
                  {m.builtIn ? t('intervision:methods.builtIn') : t('intervision:methods.own')}
                </Badge>
                <Text size="xs">
                  {t('intervision:methods.minutes', { count: m.totalMinutes })} · {t('intervision:methods.groupSize', m.groupSize)}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Text size="sm">{m.purpose[lang]}</Text>
                <List type="ordered" size="sm" spacing={4}>
                  {m.phases.map((p) => (
                    <List.Item key={p.key}>
                      <strong>{p.name[lang]}</strong> ({t('intervision:methods.minutes', { count: p.minutes })}) · {t(`intervision:speaker.${p.speaker}`)}
                      {p.collects !== 'none' && ` · ${t(`intervision:collects.${p.collects}`)}`}
                    </List.Item>
                  ))}
                </List>
                {canManage && (
                  <Group gap="xs">
                    <Button size="xs" variant="default" onClick={() => setEditing({ methodId: null, initial: templateOf(m, m.id, copyName(m)) })}>
                      {t('intervision:methods.copy')}
                    </Button>
                    {!m.builtIn && (
                      <>
                        <Button size="xs" variant="default" onClick={() => setEditing({ methodId: m.id, initial: templateOf(m, m.basedOn) })}>
                          {t('intervision:methods.edit')}
                        </Button>
                        <ConfirmButton
                          size="xs"
                          variant="outline"
                          color="red.9"
                          title={t('intervision:methods.delete')}
                          question={t('intervision:methods.deleteQuestion')}
                          confirmLabel={t('intervision:methods.delete')}
                          onConfirm={() => remove.mutateAsync(m.id).then(() => notifySuccess(t('intervision:methods.deleted')))}
                        >
                          {t('intervision:methods.delete')}
                        </ConfirmButton>
                      </>
                    )}
                  </Group>
                )}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
