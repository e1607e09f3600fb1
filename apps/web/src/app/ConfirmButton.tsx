import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useT } from '../lib/use-t';

type Props = ButtonProps & {
  /** Text on the button that opens the question. */
  children: ReactNode;
  title: string;
  question: string;
  confirmLabel: string;
  /** Resolves when done; the dialog closes whatever the outcome, feedback comes from the caller. */
  onConfirm: () => Promise<unknown>;
  /** Red by default; an action that undoes nothing (restoring) asks in a calmer colour. */
  confirmColor?: string;
  'aria-label'?: string;
};

/** A destructive action behind a yes/no question, so nobody removes or archives by accident. */
export function ConfirmButton({ children, title, question, confirmLabel, onConfirm, confirmColor = 'red.8', ...buttonProps }: Props) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button color={confirmColor} variant="outline" {...buttonProps} onClick={() => setOpen(true)}>
        {children}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title} centered closeButtonProps={{ 'aria-label': t('common:closeDialog') }}>
        <Text mb="lg">{question}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)} disabled={busy}>
            {t('common:cancel')}
          </Button>
          <Button color={confirmColor} onClick={() => void confirm()} loading={busy} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
