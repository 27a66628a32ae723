import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';

interface CellNoteModalProps {
  /** "Rivalsoft for Offline sync", or null when closed. */
  readonly where: string | null;
  readonly note: string;
  readonly onSave: (note: string) => void;
  readonly onClose: () => void;
}

/** Edits the note of one cell of the comparison (why the support level, which plan has it…). */
export function CellNoteModal({ where, note, onSave, onClose }: CellNoteModalProps) {
  const [draft, setDraft] = useState(note);
  useEffect(() => {
    if (where !== null) setDraft(note);
  }, [where, note]);
  return (
    <Modal opened={where !== null} onClose={onClose} title={`Note on ${where ?? ''}`} size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave(draft.trim());
        }}
      >
        <Stack gap="sm">
          <Textarea
            label="Note"
            description="Why this level: which plan has it, since when, how well it works"
            autosize
            minRows={3}
            maxLength={2000}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Save note</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
