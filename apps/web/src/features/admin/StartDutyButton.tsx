import { useState } from 'react';
import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { StartDutyBody } from '@broedplaats/contracts';
import { errorMessage } from '../../lib/errors';
import { notifyError } from '../../lib/notify';
import { useT } from '../../lib/use-t';
import { useDuty } from './queries';

/** Opens a network as facilitator-on-duty: asks why (the reason goes into the log), then goes to the network. */
export function StartDutyButton({ networkId, networkName }: { networkId: string; networkName: string }) {
  const { t } = useT();
  const navigate = useNavigate();
  const { start } = useDuty(networkId);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!StartDutyBody.safeParse({ reason }).success) {
      setError(t('admin:duty.reasonRequired'));
      return;
    }
    try {
      await start.mutateAsync(reason.trim());
      setOpened(false);
      void navigate(`/networks/${networkId}`);
    } catch (caught) {
      notifyError(errorMessage(t, caught));
    }
  };

  return (
    <>
      <Button size="compact-sm" variant="light" onClick={() => setOpened(true)} aria-label={t('admin:duty.startFor', { name: networkName })}>
        {t('admin:duty.start')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('admin:duty.title', { name: networkName })} centered closeButtonProps={{ 'aria-label': t('common:closeDialog') }}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Text mb="md">{t('admin:duty.explain')}</Text>
          <Textarea
            label={t('admin:duty.reason')}
            description={t('admin:duty.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            error={error}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(null);
            }}
            data-autofocus
          />
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={start.isPending}>
              {t('admin:duty.confirm')}
            </Button>
          </Group>
        </form>
      </Modal>
    </>
  );
}
