import { memo } from 'react';
import classes from './gantt.module.css';
import { type TimeScale, visibleTicks, type ZoomLevel } from './time-scale';

interface GanttScaleHeaderProps {
  readonly scale: TimeScale;
  readonly zoom: ZoomLevel;
  readonly width: number;
  readonly height: number;
  /** Visible pixels of the timeline (only these cells are drawn). */
  readonly fromX: number;
  readonly toX: number;
}

/** The two-tier time scale (major over minor), sticky on top, drawn for the visible columns only. */
export const GanttScaleHeader = memo(function GanttScaleHeader({
  scale,
  zoom,
  width,
  height,
  fromX,
  toX,
}: GanttScaleHeaderProps) {
  const major = visibleTicks(scale, zoom.major, 'major', fromX, toX);
  const minor = visibleTicks(scale, zoom.minor, 'minor', fromX, toX);
  return (
    <div
      className={classes.scaleHeader}
      style={{ width, height }}
      role="presentation"
      data-testid="gantt-scale"
      data-zoom={zoom.id}
    >
      <div className={classes.tier}>
        {major.map((tick) => (
          <div key={tick.start} className={classes.tick} style={{ left: tick.x, width: tick.width }}>
            <span style={{ position: 'sticky', left: 0 }}>{tick.label}</span>
          </div>
        ))}
      </div>
      <div className={classes.tier}>
        {minor.map((tick) => (
          <div
            key={tick.start}
            className={classes.tick}
            style={{ left: tick.x, width: tick.width }}
            data-testid="gantt-minor-tick"
          >
            {tick.label}
          </div>
        ))}
      </div>
    </div>
  );
});
