import { Alert, Button, FileButton, Group, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '../../lib/problem';
import { importProblemMessage } from './import-problem';
import { useImportFeedback } from './product.queries';

/** Imports a CSV of feedback; the server refuses the whole file with the line and column of a bad row. */
export function FeedbackImport({ workspaceId }: { readonly workspaceId: string }) {
  const importFeedback = useImportFeedback(workspaceId);
  const [readError, setReadError] = useState<string | null>(null);

  const onFile = async (file: File | null) => {
    if (!file) return;
    setReadError(null);
    try {
      const csv = await file.text();
      importFeedback.mutate({ csv, fileName: file.name });
    } catch (error) {
      setReadError(`${file.name} could not be read: ${describeError(error)}`);
    }
  };

  return (
    <Group gap="sm" align="flex-start">
      <FileButton onChange={(file) => void onFile(file)} accept=".csv,text/csv">
        {(props) => (
          <Button
            {...props}
            variant="default"
            leftSection={<IconFileImport size={16} />}
            loading={importFeedback.isPending}
          >
            Import CSV
          </Button>
        )}
      </FileButton>
      <Text size="xs" c="dimmed" maw={360}>
        Columns: text (required), source, customer, company, segment, importance, tags (separated by ;).
      </Text>
      {importFeedback.data && (
        <Alert color="green" role="status" py={6}>
          Imported {importFeedback.data.imported} item{importFeedback.data.imported === 1 ? '' : 's'}.
        </Alert>
      )}
      {(importFeedback.error || readError) && (
        <Alert color="red" role="alert" title="Import refused" py={6}>
          {readError ?? importProblemMessage(importFeedback.error)}
        </Alert>
      )}
    </Group>
  );
}
