import { useState } from 'react';

/**
 * The add/edit and delete dialogs of a list page. Both read the list's latest copy of the object
 * they opened on, so a save or delete after someone else's edit sends the current version.
 * `resetDelete` clears the delete mutation's state when its dialog closes.
 */
export function useEditAndDelete<T extends { readonly id: string }>(
  list: readonly T[],
  resetDelete: () => void,
) {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const latest = (item: T | null) =>
    item ? (list.find((candidate) => candidate.id === item.id) ?? item) : null;
  return {
    /** Whether the add/edit dialog is open. */
    editorOpen: editing !== null,
    /** The object edited (latest copy), or null when adding one. */
    edited: editing === 'new' ? null : latest(editing),
    /** The object whose deletion is being confirmed (latest copy). */
    toDelete: latest(deleting),
    openNew: () => setEditing('new'),
    openEdit: (item: T) => setEditing(item),
    closeEditor: () => setEditing(null),
    askDelete: (item: T) => setDeleting(item),
    closeDelete: () => {
      resetDelete();
      setDeleting(null);
    },
  };
}
