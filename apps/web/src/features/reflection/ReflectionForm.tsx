import { useState } from 'react';
import { Button, Checkbox, Group, Select, Stack, Switch, Text, Textarea } from '@mantine/core';
import { LearningDomain, REFLECTION_TEXT_MAX, SHARED_PART_MAX, type ReflectionLink, type WriteReflectionBody } from '@broedplaats/contracts';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useT } from '../../lib/use-t';

export type LinkChoice = { value: string; label: string; networkId: string; link: ReflectionLink };
type Props = {
  networks: { value: string; label: string }[];
  links: LinkChoice[];
  pending: boolean;
  error: unknown;
  onSubmit: (body: WriteReflectionBody, reset: () => void) => void;
};

/** A journal entry: the text, the sides it is about (with a prompt each), what it belongs to, and a chosen part to share. */
export function ReflectionForm({ networks, links, pending, error, onSubmit }: Props) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [domains, setDomains] = useState<LearningDomain[]>([]);
  const [networkId, setNetworkId] = useState<string | null>(null);
  const [linkValue, setLinkValue] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  const [sharedPart, setSharedPart] = useState('');
  const fields = fieldErrors(t, error);
  const link = links.find((l) => l.value === linkValue) ?? null;
  const reset = () => (setText(''), setDomains([]), setLinkValue(null), setSharing(false), setSharedPart(''));

  return (
    <form
      aria-label={t('reflection:form.title')}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ text, domains, networkId: link?.networkId ?? networkId, link: link?.link ?? null, sharedPart: sharing ? sharedPart : null }, reset);
      }}
    >
      <Stack gap="sm">
        <Checkbox.Group label={t('reflection:form.domains')} value={domains} onChange={(v) => setDomains(v as LearningDomain[])}>
          <Stack gap={6} mt={4}>
            {LearningDomain.options.map((d) => (
              <Checkbox key={d} value={d} label={t(`reflection:domain.${d}`)} description={t(`reflection:prompt.${d}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea label={t('reflection:form.text')} required autosize minRows={4} maxLength={REFLECTION_TEXT_MAX} value={text} onChange={(e) => setText(e.currentTarget.value)} error={fields.text} />
        <Select label={t('reflection:form.link')} clearable searchable value={linkValue} onChange={setLinkValue} data={links.map(({ value, label }) => ({ value, label }))} />
        {!link && <Select label={t('reflection:form.network')} clearable value={networkId} onChange={setNetworkId} data={networks} error={fields.networkId} />}
        <Switch label={t('reflection:form.share')} checked={sharing} onChange={(e) => setSharing(e.currentTarget.checked)} />
        {sharing && (
          <Textarea label={t('reflection:form.sharedPart')} required autosize minRows={2} maxLength={SHARED_PART_MAX} value={sharedPart} onChange={(e) => setSharedPart(e.currentTarget.value)} error={fields.sharedPart} />
        )}
        {Boolean(error) && Object.keys(fields).length === 0 && (
          <Text c="red.8" role="alert">
            {errorMessage(t, error)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={pending} disabled={text.trim() === ''}>
            {t('reflection:form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
