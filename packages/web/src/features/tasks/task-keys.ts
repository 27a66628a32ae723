/** React Query keys of a project's tasks (the list holds the API's `{ items }` answer). */
export const taskKeys = {
  list: (projectId: string) => ['projects', projectId, 'tasks'] as const,
};
