import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import type { Feature } from '@tandem/api';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../../lib/problem';
import { useProjects } from '../projects/projects.queries';
import { tasksQuery } from '../tasks/tasks.queries';
import { replaceProjectLinks } from './feature-links';
import { useUpdateFeature } from './product.queries';

interface FeatureLinksModalProps {
  readonly feature: Feature;
  readonly workspaceId: string;
  readonly onClose: () => void;
}

/** Links a feature to project work: pick a project, then its tasks (or the whole project). */
export function FeatureLinksModal({ feature, workspaceId, onClose }: FeatureLinksModalProps) {
  const projects = useProjects(workspaceId);
  const update = useUpdateFeature(workspaceId);
  const [projectId, setProjectId] = useState<string | null>(feature.links[0]?.projectId ?? null);
  const tasks = useQuery({ ...tasksQuery(projectId ?? ''), enabled: projectId !== null });
  const linkedHere = feature.links.filter((link) => link.projectId === projectId);
  const [taskIds, setTaskIds] = useState<string[] | null>(null);
  const [wholeProject, setWholeProject] = useState<boolean | null>(null);
  const chosen = taskIds ?? linkedHere.flatMap((link) => (link.taskId ? [link.taskId] : []));
  const whole = wholeProject ?? linkedHere.some((link) => link.taskId === null);

  const save = () => {
    if (!projectId) return;
    update.mutate(
      {
        featureId: feature.id,
        body: {
          version: feature.version,
          links: replaceProjectLinks(feature.links, projectId, chosen, whole),
        },
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Link “${feature.title}” to project work`} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          The roadmap date follows the latest finish of the linked tasks.
        </Text>
        <Select
          label="Project"
          placeholder={projects.isPending ? 'Loading projects…' : 'Pick a project'}
          data={(projects.data ?? []).map((project) => ({ value: project.id, label: project.name }))}
          value={projectId}
          onChange={(value) => {
            setProjectId(value);
            setTaskIds(null);
            setWholeProject(null);
          }}
          searchable
          nothingFoundMessage="No project by that name"
        />
        {projects.error && <Alert color="red">{describeError(projects.error)}</Alert>}
        {projectId && tasks.isPending && <Loader size="sm" aria-label="Loading tasks" />}
        {projectId && tasks.error && <Alert color="red">{describeError(tasks.error)}</Alert>}
        {projectId && tasks.data && (
          <>
            <MultiSelect
              label="Tasks"
              placeholder="Pick tasks or milestones"
              data={tasks.data.map((task) => ({ value: task.id, label: task.name }))}
              value={chosen}
              onChange={setTaskIds}
              searchable
              nothingFoundMessage="No task by that name"
            />
            <Checkbox
              label="Link the whole project (its finish) when no task is picked"
              checked={whole}
              onChange={(event) => setWholeProject(event.currentTarget.checked)}
            />
          </>
        )}
        {update.error && (
          <Alert color="red" role="alert" title="Links not saved">
            {describeError(update.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} disabled={!projectId} loading={update.isPending}>
            Save links
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
