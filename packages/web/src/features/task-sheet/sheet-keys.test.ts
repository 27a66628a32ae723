import { describe, expect, it } from 'vitest';
import { editorKeyAction, sheetKeyAction } from './sheet-keys';

const key = (
  k: string,
  mods: Partial<{ altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
) => ({
  key: k,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('sheetKeyAction', () => {
  it('moves the active cell with arrows and Tab', () => {
    expect(sheetKeyAction(key('ArrowDown'))).toEqual({ kind: 'move', rows: 1, columns: 0 });
    expect(sheetKeyAction(key('ArrowLeft'))).toEqual({ kind: 'move', rows: 0, columns: -1 });
    expect(sheetKeyAction(key('Tab'))).toEqual({ kind: 'move', rows: 0, columns: 1 });
    expect(sheetKeyAction(key('Tab', { shiftKey: true }))).toEqual({ kind: 'move', rows: 0, columns: -1 });
  });
  it('starts editing with Enter or F2, or by typing a character', () => {
    expect(sheetKeyAction(key('Enter'))).toEqual({ kind: 'edit' });
    expect(sheetKeyAction(key('F2'))).toEqual({ kind: 'edit' });
    expect(sheetKeyAction(key('D', { shiftKey: true }))).toEqual({ kind: 'type', text: 'D' });
    expect(sheetKeyAction(key('5'))).toEqual({ kind: 'type', text: '5' });
    expect(sheetKeyAction(key('é'))).toEqual({ kind: 'type', text: 'é' });
  });
  it('ignores keys that type nothing', () => {
    expect(sheetKeyAction(key('Shift', { shiftKey: true }))).toEqual({ kind: 'none' });
    expect(sheetKeyAction(key('F5'))).toEqual({ kind: 'none' });
    expect(sheetKeyAction(key('c', { ctrlKey: true }))).toEqual({ kind: 'none' });
  });
  it('inserts and deletes tasks', () => {
    expect(sheetKeyAction(key('Insert'))).toEqual({ kind: 'insert' });
    expect(sheetKeyAction(key('Delete'))).toEqual({ kind: 'delete' });
  });
  it('indents, outdents and moves tasks with Alt+Shift+arrows', () => {
    expect(sheetKeyAction(key('ArrowRight', { altKey: true, shiftKey: true }))).toEqual({ kind: 'indent' });
    expect(sheetKeyAction(key('ArrowLeft', { altKey: true, shiftKey: true }))).toEqual({ kind: 'outdent' });
    expect(sheetKeyAction(key('ArrowUp', { altKey: true, shiftKey: true }))).toEqual({
      kind: 'moveTask',
      direction: -1,
    });
    expect(sheetKeyAction(key('ArrowDown', { altKey: true, shiftKey: true }))).toEqual({
      kind: 'moveTask',
      direction: 1,
    });
  });
  it('undoes with Ctrl+Z and redoes with Ctrl+Y or Ctrl+Shift+Z (Cmd on a Mac)', () => {
    expect(sheetKeyAction(key('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(sheetKeyAction(key('z', { metaKey: true }))).toEqual({ kind: 'undo' });
    expect(sheetKeyAction(key('y', { ctrlKey: true }))).toEqual({ kind: 'redo' });
    expect(sheetKeyAction(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' });
  });
});

describe('editorKeyAction', () => {
  it('commits with Enter (down), Shift+Enter (up), Tab (right), Shift+Tab (left)', () => {
    expect(editorKeyAction(key('Enter'))).toEqual({ kind: 'commit', rows: 1, columns: 0 });
    expect(editorKeyAction(key('Enter', { shiftKey: true }))).toEqual({
      kind: 'commit',
      rows: -1,
      columns: 0,
    });
    expect(editorKeyAction(key('Tab'))).toEqual({ kind: 'commit', rows: 0, columns: 1 });
    expect(editorKeyAction(key('Tab', { shiftKey: true }))).toEqual({ kind: 'commit', rows: 0, columns: -1 });
  });
  it('cancels with Escape and leaves other keys to the input', () => {
    expect(editorKeyAction(key('Escape'))).toEqual({ kind: 'cancel' });
    expect(editorKeyAction(key('ArrowLeft'))).toEqual({ kind: 'none' });
    expect(editorKeyAction(key('a'))).toEqual({ kind: 'none' });
  });
});
