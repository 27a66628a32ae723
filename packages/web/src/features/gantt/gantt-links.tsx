import { memo } from 'react';
import type { LinkElement } from './link-pool';

/** What one link arrow draws. */
export interface LinkPath {
  readonly d: string;
  readonly critical: boolean;
  /** Predecessor WBS, type and successor WBS, e.g. "1.2FS1.3" (for tests and debugging). */
  readonly label: string;
}

/**
 * The link arrows of the visible window, routed orthogonally, inside the timeline's SVG: one
 * `path` per element of the arrows' pool (see link-pool.ts), an idle one with an empty path. Every
 * path keeps the same marker reference, so that one turning idle or busy only changes its path.
 */
export const GanttLinks = memo(function GanttLinks({
  arrows,
}: {
  readonly arrows: readonly LinkElement<LinkPath>[];
}) {
  return (
    <>
      <defs>
        <marker
          id="gantt-arrow"
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0 0 L8 4 L0 8 z" fill="currentColor" stroke="none" />
        </marker>
      </defs>
      {arrows.map(({ key, value }) => (
        <path
          key={key}
          d={value?.d ?? ''}
          data-critical={value ? value.critical : undefined}
          data-testid={value ? 'gantt-link' : undefined}
          data-link={value?.label}
          markerEnd="url(#gantt-arrow)"
        />
      ))}
    </>
  );
});
