import { Stack, Text } from '@mantine/core';
import { NavLinkLink } from '../router-links';
import { navSections } from './nav-items';
import classes from './sidebar-nav.module.css';

/** The workspace's navigation, one section per side of the shared plan. */
export function SidebarNav({ workspaceId, onNavigate }: { workspaceId: string; onNavigate?: () => void }) {
  return (
    <Stack gap="lg" component="nav" aria-label="Workspace">
      {navSections.map((section) => (
        <Stack gap={2} key={section.title}>
          <Text
            size="xs"
            fw={600}
            c="dimmed"
            tt="uppercase"
            px="sm"
            pb={4}
            style={{ letterSpacing: '0.04em' }}
          >
            {section.title}
          </Text>
          {section.items.map((item) => (
            <NavLinkLink
              key={item.to}
              to={item.to}
              params={{ workspaceId }}
              activeOptions={{ exact: item.exact ?? false, includeSearch: false }}
              activeProps={{ active: true, 'aria-current': 'page' }}
              label={item.label}
              leftSection={<item.icon size={17} stroke={1.6} />}
              variant="light"
              onClick={onNavigate}
              className={classes.link}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
