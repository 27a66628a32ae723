import { Alert, Button, FileInput, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileImport, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { api } from '../../lib/api';
import { projectKeys } from '../projects/projects.queries';
import {
  formatBytes,
  formatImportIssue,
  ImportError,
  importSummary,
  uploadProjectXml,
} from './upload-project-xml';

export interface ImportProjectButtonProps {
  readonly workspaceId: string;
}

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly fraction: number }
  | { readonly kind: 'processing' }
  | { readonly kind: 'failed'; readonly error: ImportError };

/**
 * Imports a Microsoft Project XML file (MSPDI) into a new project: pick the file, watch the upload
 * progress (then the server's reading and scheduling), read the problems with their line and
 * field if the file is refused, and land on the new project when it is in.
 */
export function ImportProjectButton({ workspaceId }: ImportProjectButtonProps) {
  const [opened, modal] = useDisclosure(false);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const busy = phase.kind === 'uploading' || phase.kind === 'processing';

  const close = () => {
    abort.current?.abort();
    abort.current = null;
    setFile(null);
    setPhase({ kind: 'idle' });
    modal.close();
  };

  const start = async () => {
    if (!file) return;
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'uploading', fraction: 0 });
    try {
      const result = await uploadProjectXml({
        workspaceId,
        file,
        csrfToken: api.csrfToken,
        signal: controller.signal,
        onProgress: (fraction) =>
          setPhase(fraction >= 1 ? { kind: 'processing' } : { kind: 'uploading', fraction }),
      });
      abort.current = null;
      const { project } = result;
      queryClient.setQueryData(projectKeys.one(project.id), project);
      await queryClient.invalidateQueries({ queryKey: projectKeys.list(workspaceId) });
      close();
      notifications.show({
        color: result.warnings.length > 0 ? 'yellow' : 'teal',
        title: `${project.name} imported`,
        message: importSummary(result),
        autoClose: result.warnings.length > 0 ? false : 8000,
      });
      await navigate({
        to: '/w/$workspaceId/projects/$projectId',
        params: { workspaceId, projectId: project.id },
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      setPhase({
        kind: 'failed',
        error: error instanceof ImportError ? error : new ImportError(String(error), 0, []),
      });
    }
  };

  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={modal.open}>
        Import XML
      </Button>
      <Modal opened={opened} onClose={close} title="Import a Microsoft Project file" size="lg">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Choose a Microsoft Project XML file (File › Save As › XML in Microsoft Project, or an export from
            ProjectLibre or GanttProject). It becomes a new project with its tasks, links, calendars,
            resources and assignments.
          </Text>
          <FileInput
            label="Project XML file"
            placeholder="Choose a .xml file"
            accept=".xml,application/xml,text/xml"
            value={file}
            onChange={(next) => {
              setFile(next);
              setPhase({ kind: 'idle' });
            }}
            disabled={busy}
            clearable
            leftSection={<IconUpload size={16} />}
            description={file ? formatBytes(file.size) : undefined}
          />

          {phase.kind === 'uploading' && (
            <Stack gap={4}>
              <Progress value={phase.fraction * 100} aria-label="Upload progress" animated />
              <Text size="xs" c="dimmed" aria-live="polite">
                Uploading… {Math.round(phase.fraction * 100)} %
              </Text>
            </Stack>
          )}
          {phase.kind === 'processing' && (
            <Stack gap={4}>
              <Progress value={100} aria-label="Upload progress" striped animated />
              <Text size="xs" c="dimmed" aria-live="polite">
                Uploaded. Reading and scheduling the project…
              </Text>
            </Stack>
          )}
          {phase.kind === 'failed' && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              title={phase.error.message}
              role="alert"
            >
              {phase.error.issues.length > 0 && (
                <List size="sm" spacing={2}>
                  {phase.error.issues.slice(0, 20).map((issue, index) => (
                    // Issues have no id; their order is the server's and never changes.
                    // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                    <List.Item key={index}>{formatImportIssue(issue)}</List.Item>
                  ))}
                </List>
              )}
              {phase.error.issues.length > 20 && (
                <Text size="sm" mt={4}>
                  …and {phase.error.issues.length - 20} more.
                </Text>
              )}
            </Alert>
          )}

          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {busy ? 'Cancel import' : 'Cancel'}
            </Button>
            <Button onClick={start} disabled={!file || busy} loading={busy}>
              Import
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
