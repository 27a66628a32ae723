import { Box, Grid, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { PageHeader } from '../../components/page/page-header';
import { AnchorLink } from '../../components/router-links';
import { ErrorState } from '../../components/states/error-state';
import { formatDateRange, pluralize } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { ProjectStatusBadge } from '../projects/project-status-badge';
import { useProjects } from '../projects/projects.queries';
import { MembersCard } from './members-card';
import { MilestonesCard } from './milestones-card';
import { useWorkspace } from './workspaces.queries';

function Stat({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={22} fw={650} mt={4} className="tabular">
        {value}
      </Text>
    </Paper>
  );
}

/** The workspace's front page: its projects with dates and sizes, the next milestones, its people. */
export function WorkspaceHomePage({ workspaceId }: { readonly workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const projects = useProjects(workspaceId);
  usePageTitle(workspace.data?.name);
  const totalTasks = projects.data?.reduce((sum, p) => sum + p.taskCount, 0) ?? 0;
  const active = projects.data?.filter((p) => p.status === 'active').length ?? 0;

  return (
    <Box p="lg" maw={1200} mx="auto">
      <Stack gap="lg">
        <PageHeader
          title={workspace.data?.name ?? 'Overview'}
          meta={
            <Text size="sm" c="dimmed">
              Overview of the workspace’s plans, milestones and people
            </Text>
          }
        />

        {projects.isError ? (
          <ErrorState
            title="Projects could not be loaded"
            error={projects.error}
            onRetry={() => projects.refetch()}
          />
        ) : (
          <SimpleGrid cols={3} spacing={{ base: 'xs', sm: 'md' }}>
            <Stat label="Projects" value={projects.data ? String(projects.data.length) : '–'} />
            <Stat label="Active projects" value={projects.data ? String(active) : '–'} />
            <Stat label="Tasks planned" value={projects.data ? totalTasks.toLocaleString('en-GB') : '–'} />
          </SimpleGrid>
        )}

        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              <Paper withBorder p="md">
                <Group justify="space-between" mb="sm">
                  <Title order={2} fz="sm">
                    Projects
                  </Title>
                  <AnchorLink to="/w/$workspaceId/projects" params={{ workspaceId }} size="xs">
                    <Group gap={4}>
                      All projects <IconArrowRight size={12} />
                    </Group>
                  </AnchorLink>
                </Group>
                {projects.isPending ? (
                  <Stack gap="sm">
                    <Skeleton height={44} />
                    <Skeleton height={44} />
                  </Stack>
                ) : projects.data?.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    No projects yet.{' '}
                    <AnchorLink to="/w/$workspaceId/projects" params={{ workspaceId }} size="sm">
                      Create one
                    </AnchorLink>
                  </Text>
                ) : (
                  <Stack
                    gap={0}
                    component="ul"
                    p={0}
                    m={0}
                    style={{ listStyle: 'none' }}
                    aria-label="Projects"
                  >
                    {projects.data?.map((project) => (
                      <Group
                        key={project.id}
                        component="li"
                        justify="space-between"
                        wrap="nowrap"
                        py={10}
                        style={{ borderBottom: '1px solid var(--tandem-border)' }}
                      >
                        <Stack gap={2} style={{ minWidth: 0 }}>
                          <AnchorLink
                            to="/w/$workspaceId/projects/$projectId"
                            params={{ workspaceId, projectId: project.id }}
                            fw={550}
                            size="sm"
                            c="var(--mantine-color-text)"
                            truncate="end"
                          >
                            {project.name}
                          </AnchorLink>
                          <Text size="xs" c="dimmed" className="tabular">
                            {formatDateRange(project.start, project.finish)} ·{' '}
                            {pluralize(project.taskCount, 'task')}
                          </Text>
                        </Stack>
                        <ProjectStatusBadge status={project.status} />
                      </Group>
                    ))}
                  </Stack>
                )}
              </Paper>
              {projects.data && projects.data.length > 0 && (
                <MilestonesCard workspaceId={workspaceId} projects={projects.data} />
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <MembersCard workspaceId={workspaceId} />
          </Grid.Col>
        </Grid>
      </Stack>
    </Box>
  );
}
