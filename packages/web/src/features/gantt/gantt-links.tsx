import { memo } from 'react';

export interface LinkPath {
  readonly id: string;
  /** React key: stable per slot while scrolling (see GanttRows), not the link's id. */
  readonly key: string;
  readonly d: string;
  readonly critical: boolean;
  /** Predecessor WBS, type and successor WBS, e.g. "1.2FS1.3" (for tests and debugging). */
  readonly label: string;
}

/** The link arrows of the visible window, routed orthogonally, inside the timeline's SVG. */
export const GanttLinks = memo(function GanttLinks({ paths }: { readonly paths: readonly LinkPath[] }) {
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
      {paths.map((path) => (
        <path
          key={path.key}
          d={path.d}
          data-critical={path.critical}
          data-testid="gantt-link"
          data-link={path.label}
          markerEnd="url(#gantt-arrow)"
        />
      ))}
    </>
  );
});
