import { Button, CopyButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useT } from '../../lib/use-t';
import { notifySuccess } from '../../lib/notify';

export function CopyLinkButton({ link, label }: { link: string; label: string }) {
  const { t } = useT();
  return (
    <CopyButton value={link}>
      {({ copied, copy }) => (
        <Button
          size="sm"
          variant={copied ? 'filled' : 'light'}
          color={copied ? 'teal.9' : undefined}
          leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          onClick={() => {
            copy();
            notifySuccess(t('invitations:copied'));
          }}
        >
          {copied ? t('invitations:copiedShort') : label}
        </Button>
      )}
    </CopyButton>
  );
}
