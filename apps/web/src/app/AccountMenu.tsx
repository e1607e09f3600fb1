import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconShieldLock, IconUser, IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useT } from '../lib/use-t';
import { useSignOut } from '../features/auth/useSignOut';

/** The signed-in person's menu: its own download (the menu and its positioning code), not the login page's. */
export function AccountMenu({ name, isPlatformAdmin = false }: { name: string; isPlatformAdmin?: boolean }) {
  const { t } = useT();
  const { signOut } = useSignOut();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('common:userMenu', { name })} style={{ borderRadius: 8, padding: 4 }}>
          <Group gap={6} wrap="nowrap">
            <Avatar radius="xl" size="sm" color="blue" aria-hidden>
              {name.slice(0, 1).toUpperCase()}
            </Avatar>
            <Text size="sm" fw={600} visibleFrom="sm" maw={160} truncate>
              {name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/networks" leftSection={<IconUsersGroup size={16} aria-hidden />}>
          {t('networks:mine.title')}
        </Menu.Item>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={16} aria-hidden />}>
          {t('profile:title')}
        </Menu.Item>
        {isPlatformAdmin && (
          <Menu.Item component={Link} to="/beheer" leftSection={<IconShieldLock size={16} aria-hidden />}>
            {t('admin:link')}
          </Menu.Item>
        )}
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={signOut}
        >
          {t('auth:logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
