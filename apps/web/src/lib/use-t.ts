import { useTranslation } from 'react-i18next';

/** Every namespace, so keys are written in full (`networks:form.name`) and type-checked. */
export const namespaces = ['common', 'errors', 'auth', 'networks', 'members', 'invitations', 'profile', 'presence', 'welcome', 'mail', 'admin', 'activity', 'agenda', 'meetings', 'notifications', 'forMe', 'documents', 'cycles', 'intervision', 'reflection'] as const;

export const useT = () => useTranslation(namespaces);
