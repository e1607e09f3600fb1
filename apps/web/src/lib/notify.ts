import { notifications } from '@mantine/notifications';
import i18n from './i18n';

// The close button is an icon; it needs a name for screen readers.
const closeButtonProps = () => ({ 'aria-label': i18n.t('common:close') });

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000, closeButtonProps: closeButtonProps() });
}

export function notifyError(message: string): void {
  notifications.show({ color: 'red', message, autoClose: 8000, closeButtonProps: closeButtonProps() });
}

export function notifyWarning(title: string, message: string): void {
  notifications.show({ color: 'orange', title, message, autoClose: false, closeButtonProps: closeButtonProps() });
}
