import type { Feature } from '@tandem/api';

export interface FeatureLinkInput {
  readonly projectId: string;
  readonly taskId: string | null;
}

/**
 * The feature's links with those to one project replaced: by the chosen tasks, or by a link to the
 * whole project when `wholeProject` is set and no task is chosen. Links to other projects stay.
 */
export function replaceProjectLinks(
  links: Feature['links'],
  projectId: string,
  taskIds: readonly string[],
  wholeProject: boolean,
): FeatureLinkInput[] {
  const others = links.filter((link) => link.projectId !== projectId);
  const unique = [...new Set(taskIds)];
  const mine: FeatureLinkInput[] =
    unique.length > 0
      ? unique.map((taskId) => ({ projectId, taskId }))
      : wholeProject
        ? [{ projectId, taskId: null }]
        : [];
  return [...others.map((link) => ({ projectId: link.projectId, taskId: link.taskId })), ...mine];
}
