import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { downloadProjectXml } from './download-project-xml';

export interface ExportProjectButtonProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

/** Downloads the project as Microsoft Project XML (`export.xml`), opening in Microsoft Project. */
export function ExportProjectButton({ projectId }: ExportProjectButtonProps) {
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const { blob, fileName } = await downloadProjectXml(projectId);
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileName;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // Revoked on the next tick: the click has handed the blob to the download by then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'The project was not exported',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy} onClick={download}>
      Export XML
    </Button>
  );
}
