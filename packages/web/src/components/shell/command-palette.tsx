import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconFolder, IconLogout, IconMoon, IconSearch, IconSwitchHorizontal } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useSignOutAndLeave } from '../../features/auth/use-sign-out-and-leave';
import { useProjects } from '../../features/projects/projects.queries';
import { useWorkspaces } from '../../features/workspaces/workspaces.queries';
import { navSections } from './nav-items';
import { useColorSchemeToggle } from './use-color-scheme-toggle';

/** ⌘K / Ctrl+K: jump to any page or project of the workspace, switch workspace, change theme. */
export function CommandPalette({ workspaceId }: { readonly workspaceId: string }) {
  const navigate = useNavigate();
  const projects = useProjects(workspaceId);
  const workspaces = useWorkspaces();
  const { toggle } = useColorSchemeToggle();
  const signOut = useSignOutAndLeave();
  const icon = { size: 18, stroke: 1.6 } as const;

  const groups: SpotlightActionGroupData[] = [
    {
      // every sidebar page, so the palette never falls behind the navigation
      group: 'Go to',
      actions: navSections.flatMap((section) =>
        section.items.map((item) => {
          const ItemIcon = item.icon;
          return {
            id: `go-${item.to}`,
            label: item.label,
            description: section.title,
            leftSection: <ItemIcon {...icon} />,
            onClick: () => navigate({ to: item.to, params: { workspaceId } }),
          };
        }),
      ),
    },
    {
      group: 'Projects',
      actions: (projects.data ?? []).map((project) => ({
        id: `project-${project.id}`,
        label: project.name,
        description: `${project.taskCount} tasks`,
        leftSection: <IconFolder {...icon} />,
        onClick: () =>
          navigate({
            to: '/w/$workspaceId/projects/$projectId',
            params: { workspaceId, projectId: project.id },
          }),
      })),
    },
    {
      group: 'Workspaces',
      actions: (workspaces.data ?? [])
        .filter((workspace) => workspace.id !== workspaceId)
        .map((workspace) => ({
          id: `workspace-${workspace.id}`,
          label: `Switch to ${workspace.name}`,
          leftSection: <IconSwitchHorizontal {...icon} />,
          onClick: () => navigate({ to: '/w/$workspaceId', params: { workspaceId: workspace.id } }),
        })),
    },
    {
      group: 'Preferences',
      actions: [
        {
          id: 'toggle-scheme',
          label: 'Toggle dark mode',
          keywords: ['theme', 'light', 'dark', 'colour', 'color'],
          leftSection: <IconMoon {...icon} />,
          onClick: toggle,
        },
        { id: 'sign-out', label: 'Sign out', leftSection: <IconLogout {...icon} />, onClick: signOut },
      ],
    },
  ].filter((group) => group.actions.length > 0);

  return (
    <Spotlight
      actions={groups}
      shortcut={['mod + K', '/']}
      nothingFound="Nothing matches"
      highlightQuery
      limit={12}
      scrollable
      maxHeight={420}
      searchProps={{
        leftSection: <IconSearch size={18} stroke={1.6} />,
        placeholder: 'Search pages and projects…',
        'aria-label': 'Search pages and projects',
      }}
    />
  );
}
