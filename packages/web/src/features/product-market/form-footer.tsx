import { Alert, Button, Group } from '@mantine/core';
import type { FormProblem } from './form-problem';

export interface FormFooterProps {
  /** The problem the last save met; its general message shows above the buttons. */
  readonly problem: FormProblem | null;
  /** The alert's title: "Not saved", "Not added", … */
  readonly notDone: string;
  readonly submitLabel: string;
  readonly saving: boolean;
  readonly onCancel: () => void;
}

/** The end of an add-or-edit dialog: why the last save failed (a conflict in yellow), Cancel and submit. */
export function FormFooter({ problem, notDone, submitLabel, saving, onCancel }: FormFooterProps) {
  return (
    <>
      {problem?.general && (
        <Alert color={problem.conflict ? 'yellow' : 'red'} role="alert" title={notDone}>
          {problem.general}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
