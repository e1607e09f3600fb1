import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useT } from '../lib/use-t';

type Question = {
  title: string;
  question: string;
  confirmLabel: string;
  /** Resolves when done; the dialog closes whatever the outcome, feedback comes from the caller. */
  onConfirm: () => Promise<unknown>;
  /** Dark red by default (an outline button stays readable on grey rows too); restoring asks in a calmer colour. */
  confirmColor?: string;
};

/**
 * The yes/no question before a destructive action. Focus starts on the safe choice, so pressing
 * Enter twice never removes or archives anything.
 */
export function ConfirmDialog({ opened, onClose, title, question, confirmLabel, onConfirm, confirmColor = 'red.9' }: Question & { opened: boolean; onClose: () => void }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      onClose();
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': t('common:closeDialog') }}>
      <Text mb="lg">{question}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={busy} data-autofocus>
          {t('common:cancel')}
        </Button>
        <Button color={confirmColor} onClick={() => void confirm()} loading={busy}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}

type Props = ButtonProps & Question & {
  /** Text on the button that opens the question. */
  children: ReactNode;
  'aria-label'?: string;
};

/** A destructive action behind a yes/no question, so nobody removes or archives by accident. */
export function ConfirmButton({ children, title, question, confirmLabel, onConfirm, confirmColor = 'red.9', ...buttonProps }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button color={confirmColor} variant="outline" {...buttonProps} onClick={() => setOpen(true)}>
        {children}
      </Button>
      <ConfirmDialog
        opened={open}
        onClose={() => setOpen(false)}
        title={title}
        question={question}
        confirmLabel={confirmLabel}
        onConfirm={onConfirm}
        confirmColor={confirmColor}
      />
    </>
  );
}
