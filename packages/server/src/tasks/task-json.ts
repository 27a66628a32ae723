import type { Task } from '@tandem/api';

/** A presented task's JSON text, kept on the task object (a non-enumerable symbol key). */
const JSON_TEXT = Symbol('json');

type WithJson = { [JSON_TEXT]?: string };

/** Gives a presented task (which must not be mutated) its JSON text, made by the caller. */
export function attachJson(task: Task, text: string): void {
  Object.defineProperty(task, JSON_TEXT, { value: text });
}

/** `JSON.stringify(task)`, computed once per presented task object (which must not be mutated). */
export function taskJson(task: Task): string {
  let text = (task as WithJson)[JSON_TEXT];
  if (text === undefined) {
    text = JSON.stringify(task);
    Object.defineProperty(task, JSON_TEXT, { value: text });
  }
  return text;
}
