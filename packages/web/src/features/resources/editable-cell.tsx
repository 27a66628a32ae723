import { TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

interface EditableCellProps {
  /** The saved value the cell shows when not being edited. */
  readonly value: string;
  /** Version of the object the value belongs to: a new one shows the saved value again. */
  readonly revision: number;
  /** Accessible name, e.g. "Max units of Ana". */
  readonly label: string;
  /** Saves the typed text; returns an error to show (the text stays for correction), or null. */
  readonly onCommit: (text: string) => string | null;
  readonly align?: 'left' | 'right';
  readonly disabled?: boolean;
  readonly placeholder?: string;
}

/**
 * A spreadsheet cell: type to edit, Enter or leaving the cell saves, Escape puts the saved value
 * back. A refused value stays in the cell with the reason under it. The typed text stays on
 * screen while it is being saved, and gives way to the stored value once a new version arrives
 * (the saved edit, a live update, or the current state after a conflict).
 */
export function EditableCell({
  value,
  revision,
  label,
  onCommit,
  align = 'left',
  disabled,
  placeholder,
}: EditableCellProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  // Escape blurs the input; the blur that follows must not save the abandoned text.
  const cancelled = useRef(false);
  // The text last sent: Enter saves, and the blur after it must not send the same edit again.
  const sent = useRef<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: revision is the trigger, not read.
  useEffect(() => {
    sent.current = null;
    if (!editing.current) {
      setDraft(value);
      setError(null);
    }
  }, [value, revision]);

  const commit = () => {
    editing.current = false;
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (draft === sent.current || draft === value) return;
    const problem = onCommit(draft);
    setError(problem);
    if (!problem) sent.current = draft;
  };

  return (
    <TextInput
      size="xs"
      variant="unstyled"
      aria-label={label}
      value={draft}
      placeholder={placeholder}
      disabled={disabled}
      error={error}
      styles={{ input: { textAlign: align, paddingInline: 6 } }}
      onFocus={() => {
        editing.current = true;
      }}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
          editing.current = true;
        } else if (event.key === 'Escape') {
          setDraft(value);
          setError(null);
          cancelled.current = true;
          event.currentTarget.blur();
        }
      }}
    />
  );
}
