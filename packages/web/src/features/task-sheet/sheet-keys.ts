/** The parts of a keyboard event the sheet reads. */
export interface SheetKey {
  readonly key: string;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** What a key does in the sheet, as Microsoft Project's and spreadsheets' users expect. */
export type SheetAction =
  | { readonly kind: 'move'; readonly rows: number; readonly columns: number }
  | { readonly kind: 'moveTo'; readonly where: 'rowStart' | 'rowEnd' | 'first' | 'last' }
  | { readonly kind: 'page'; readonly direction: 1 | -1 }
  | { readonly kind: 'edit' }
  /** A printable character: start editing with it replacing the cell's text. */
  | { readonly kind: 'type'; readonly text: string }
  | { readonly kind: 'clear' }
  | { readonly kind: 'insert' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'indent' }
  | { readonly kind: 'outdent' }
  | { readonly kind: 'moveTask'; readonly direction: 1 | -1 }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'toggle' }
  | { readonly kind: 'none' };

/** What a key does while a cell is being edited (the editor keeps every other key). */
export type EditorAction =
  | { readonly kind: 'commit'; readonly rows: number; readonly columns: number }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'none' };

/** The action of a key pressed on the sheet while no cell is being edited. */
export function sheetKeyAction(event: SheetKey): SheetAction {
  const command = event.ctrlKey || event.metaKey;
  if (event.altKey && event.shiftKey && !command) {
    switch (event.key) {
      case 'ArrowRight':
        return { kind: 'indent' };
      case 'ArrowLeft':
        return { kind: 'outdent' };
      case 'ArrowUp':
        return { kind: 'moveTask', direction: -1 };
      case 'ArrowDown':
        return { kind: 'moveTask', direction: 1 };
      default:
        return { kind: 'none' };
    }
  }
  if (command && !event.altKey) {
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) return { kind: 'undo' };
    if (key === 'y' || (key === 'z' && event.shiftKey)) return { kind: 'redo' };
    if (event.key === 'Home') return { kind: 'moveTo', where: 'first' };
    if (event.key === 'End') return { kind: 'moveTo', where: 'last' };
    return { kind: 'none' };
  }
  if (event.altKey) return { kind: 'none' };
  switch (event.key) {
    case 'ArrowUp':
      return { kind: 'move', rows: -1, columns: 0 };
    case 'ArrowDown':
      return { kind: 'move', rows: 1, columns: 0 };
    case 'ArrowLeft':
      return { kind: 'move', rows: 0, columns: -1 };
    case 'ArrowRight':
      return { kind: 'move', rows: 0, columns: 1 };
    case 'Tab':
      return { kind: 'move', rows: 0, columns: event.shiftKey ? -1 : 1 };
    case 'Enter':
      return event.shiftKey ? { kind: 'move', rows: -1, columns: 0 } : { kind: 'edit' };
    case 'F2':
      return { kind: 'edit' };
    case 'Home':
      return { kind: 'moveTo', where: 'rowStart' };
    case 'End':
      return { kind: 'moveTo', where: 'rowEnd' };
    case 'PageDown':
      return { kind: 'page', direction: 1 };
    case 'PageUp':
      return { kind: 'page', direction: -1 };
    case 'Insert':
      return { kind: 'insert' };
    case 'Delete':
      return { kind: 'delete' };
    case 'Backspace':
      return { kind: 'clear' };
    case ' ':
      return { kind: 'type', text: ' ' };
    default:
      // one printable character (not "Shift", "F5", "Escape"…)
      return [...event.key].length === 1 ? { kind: 'type', text: event.key } : { kind: 'none' };
  }
}

/** The action of a key pressed inside a cell editor. */
export function editorKeyAction(event: SheetKey): EditorAction {
  if (event.altKey || event.ctrlKey || event.metaKey) return { kind: 'none' };
  switch (event.key) {
    case 'Enter':
      return { kind: 'commit', rows: event.shiftKey ? -1 : 1, columns: 0 };
    case 'Tab':
      return { kind: 'commit', rows: 0, columns: event.shiftKey ? -1 : 1 };
    case 'Escape':
      return { kind: 'cancel' };
    default:
      return { kind: 'none' };
  }
}
