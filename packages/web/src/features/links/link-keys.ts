/** React Query keys of a project's links (the list holds the API's `{ items }` answer). */
export const linkKeys = {
  list: (projectId: string) => ['projects', projectId, 'links'] as const,
};
