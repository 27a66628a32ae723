import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import type { Risk } from '@tandem/api';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { STANDARD_SCALE } from '../../lib/format';
import { useProject } from '../projects/projects.queries';
import { useTasks } from '../tasks/tasks.queries';
import { useMembers } from '../workspaces/workspaces.queries';
import { RiskFormModal } from './risk-form-modal';
import { inCell, type MatrixCell } from './risk-matrix';
import { RiskMatrixGrid } from './risk-matrix-grid';
import { RiskTable } from './risk-table';
import { useRisks } from './risks.queries';
import { SimulationPanel } from './simulation-panel';

export interface RiskRegisterViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

/** The risk register with its probability–impact matrix and the Monte Carlo schedule risk analysis. */
export function RiskRegisterView({ workspaceId, projectId }: RiskRegisterViewProps) {
  const project = useProject(projectId);
  const risks = useRisks(projectId);
  const tasks = useTasks(projectId);
  const members = useMembers(workspaceId);
  const [cell, setCell] = useState<MatrixCell | null>(null);
  const [editing, setEditing] = useState<Risk | null>(null);
  const [formOpen, form] = useDisclosure(false);

  const taskMap = useMemo(() => new Map((tasks.data ?? []).map((t) => [t.id, t])), [tasks.data]);
  const memberMap = useMemo(() => new Map((members.data ?? []).map((m) => [m.userId, m])), [members.data]);
  const shown = useMemo(() => (risks.data ?? []).filter((r) => inCell(r, cell)), [risks.data, cell]);
  // the risk being edited, kept fresh as the list refetches (its actions change under the modal)
  const current = editing ? (risks.data?.find((r) => r.id === editing.id) ?? editing) : null;

  if (risks.isError) {
    return (
      <ErrorState
        title="The risk register could not be loaded"
        error={risks.error}
        onRetry={() => risks.refetch()}
      />
    );
  }

  const openNew = () => {
    setEditing(null);
    form.open();
  };
  const openRisk = (risk: Risk) => {
    setEditing(risk);
    form.open();
  };

  return (
    <Stack gap="md">
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Paper withBorder p="md" radius="md" component="section" aria-label="Risk matrix">
          <Stack gap="xs">
            <Title order={4}>Probability × impact</Title>
            <RiskMatrixGrid risks={risks.data ?? []} selected={cell} onSelect={setCell} />
            <Text size="xs" c="dimmed">
              Open risks by probability and their larger impact. Click a cell to filter the register.
            </Text>
          </Stack>
        </Paper>
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between">
            <Title order={4}>
              Risk register
              {cell && (
                <Text span size="sm" c="dimmed" ml="xs">
                  (probability {cell.probability}, impact {cell.impact}){' '}
                  <Button variant="subtle" size="compact-xs" onClick={() => setCell(null)}>
                    Show all
                  </Button>
                </Text>
              )}
            </Title>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={openNew}
              disabled={!project.data || !tasks.data}
            >
              Add risk
            </Button>
          </Group>
          {risks.isPending ? (
            <Skeleton h={160} />
          ) : risks.data.length === 0 ? (
            <EmptyState
              icon={<IconAlertTriangle size={22} />}
              title="No risks yet"
              description="Record what could delay or cost the project, who owns it and how you respond."
            />
          ) : (
            <RiskTable risks={shown} tasks={taskMap} members={memberMap} onOpen={openRisk} />
          )}
        </Stack>
      </Group>
      <SimulationPanel projectId={projectId} tasks={taskMap} />
      {project.data && (
        <RiskFormModal
          projectId={projectId}
          risk={current}
          opened={formOpen}
          onClose={form.close}
          tasks={tasks.data ?? []}
          members={members.data ?? []}
          minutesPerDay={project.data.calendar.minutesPerDay ?? STANDARD_SCALE.minutesPerDay}
          currency={project.data.currency}
        />
      )}
    </Stack>
  );
}
