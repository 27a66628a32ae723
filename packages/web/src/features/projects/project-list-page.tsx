import { Box, Button, Group, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFolderPlus, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { PageHeader } from '../../components/page/page-header';
import { AnchorLink } from '../../components/router-links';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { formatDate, pluralize } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { ImportProjectButton } from '../import-export/import-project-button';
import { NewProjectModal } from './new-project-modal';
import { ProjectStatusBadge } from './project-status-badge';
import { useProjects } from './projects.queries';

export function ProjectListPage({ workspaceId }: { readonly workspaceId: string }) {
  usePageTitle('Projects');
  const projects = useProjects(workspaceId);
  const [modalOpen, modal] = useDisclosure(false);
  const navigate = useNavigate();

  const newProjectButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={modal.open}>
      New project
    </Button>
  );

  return (
    <Box p="lg" maw={1200} mx="auto">
      <Stack gap="lg">
        <PageHeader
          title="Projects"
          meta={
            <Text size="sm" c="dimmed">
              {projects.data
                ? pluralize(projects.data.length, 'project')
                : 'Delivery plans of this workspace'}
            </Text>
          }
          actions={
            <Group gap="xs">
              <ImportProjectButton workspaceId={workspaceId} />
              {newProjectButton}
            </Group>
          }
        />

        {projects.isPending ? (
          <Stack gap="xs" aria-label="Loading projects">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={44} radius="md" />
            ))}
          </Stack>
        ) : projects.isError ? (
          <ErrorState
            title="Projects could not be loaded"
            error={projects.error}
            onRetry={() => projects.refetch()}
          />
        ) : projects.data.length === 0 ? (
          <EmptyState
            icon={<IconFolderPlus size={22} />}
            title="No projects yet"
            description="A project holds a delivery plan: its work breakdown, durations and dates. Create the first one to start planning."
            action={newProjectButton}
          />
        ) : (
          <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
            <Table.ScrollContainer minWidth={720}>
              <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label="Projects">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th w={130}>Status</Table.Th>
                    <Table.Th w={140}>Start</Table.Th>
                    <Table.Th w={140}>Finish</Table.Th>
                    <Table.Th w={100} ta="right">
                      Tasks
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {projects.data.map((project) => (
                    <Table.Tr
                      key={project.id}
                      style={{ cursor: 'pointer' }}
                      onClick={() =>
                        navigate({
                          to: '/w/$workspaceId/projects/$projectId',
                          params: { workspaceId, projectId: project.id },
                        })
                      }
                    >
                      <Table.Td>
                        <AnchorLink
                          to="/w/$workspaceId/projects/$projectId"
                          params={{ workspaceId, projectId: project.id }}
                          fw={550}
                          c="var(--mantine-color-text)"
                          size="sm"
                          onClick={(event) => event.stopPropagation()}
                        >
                          {project.name}
                        </AnchorLink>
                        {project.description && (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {project.description}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <ProjectStatusBadge status={project.status} />
                      </Table.Td>
                      <Table.Td className="tabular">{formatDate(project.start)}</Table.Td>
                      <Table.Td className="tabular">{formatDate(project.finish)}</Table.Td>
                      <Table.Td ta="right" className="tabular">
                        {project.taskCount}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </Stack>
      <NewProjectModal
        workspaceId={workspaceId}
        opened={modalOpen}
        onClose={modal.close}
        onCreated={(project) =>
          navigate({
            to: '/w/$workspaceId/projects/$projectId',
            params: { workspaceId, projectId: project.id },
          })
        }
      />
    </Box>
  );
}
