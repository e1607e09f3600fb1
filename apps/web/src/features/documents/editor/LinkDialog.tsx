import { useState } from 'react';
import { Button, Group, Modal, TextInput } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useT } from '../../../lib/use-t';

/** "example.org" means the web site; mail addresses and full addresses stay as written. */
const withScheme = (url: string) => (/^(https?:|mailto:)/i.test(url) ? url : `https://${url}`);

/** Sets, changes or removes the link on the selected text. */
export function LinkDialog({ editor, opened, onClose }: { editor: Editor; opened: boolean; onClose: () => void }) {
  const { t } = useT();
  const [url, setUrl] = useState('');
  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const save = () => {
    const href = url.trim();
    const range = editor.chain().focus().extendMarkRange('link');
    if (href) range.setLink({ href: withScheme(href) }).run();
    else range.unsetLink().run();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('documents:toolbar.link')}
      closeButtonProps={{ 'aria-label': t('common:closeDialog') }}
      // Fresh for each opening: the link under the cursor, if there is one.
      transitionProps={{ onEnter: () => setUrl((editor.getAttributes('link').href as string | undefined) ?? '') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <TextInput label={t('documents:link.url')} value={url} onChange={(e) => setUrl(e.currentTarget.value)} data-autofocus inputMode="url" />
        <Group justify="flex-end" mt="md">
          {editor.isActive('link') && (
            <Button variant="default" onClick={() => (editor.chain().focus().extendMarkRange('link').unsetLink().run(), onClose())}>
              {t('documents:link.remove')}
            </Button>
          )}
          <Button type="submit">{t('documents:link.save')}</Button>
        </Group>
      </form>
    </Modal>
  );
}
