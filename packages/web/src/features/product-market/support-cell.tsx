import { IconNote, IconNotes } from '@tabler/icons-react';
import type { FeatureSupport } from '@tandem/api';
import type { CSSProperties } from 'react';
import { SUPPORT_LEVELS } from './comparison-matrix';
import classes from './support-cell.module.css';

const COLOR = new Map(SUPPORT_LEVELS.map((level) => [level.value, `var(--mantine-color-${level.color}-6)`]));

interface SupportCellProps {
  /** "Rivalsoft for Offline sync": names the controls. */
  readonly where: string;
  readonly support: FeatureSupport;
  readonly note: string;
  /** Absent for viewers: the cell is then read-only. */
  readonly onSupport?: (support: FeatureSupport) => void;
  readonly onEditNote?: () => void;
}

/**
 * One cell of the comparison: how well a competitor covers a feature, and a note on why. Plain
 * elements (a native select and a button): a matrix of 200 features × 5 competitors rendered its
 * Mantine inputs and tooltips several times slower.
 */
export function SupportCell({ where, support, note, onSupport, onEditNote }: SupportCellProps) {
  return (
    <div className={classes.cell} data-support={support}>
      <select
        className={classes.select}
        aria-label={`Support of ${where}`}
        value={support}
        disabled={!onSupport}
        onChange={(event) => onSupport?.(event.currentTarget.value as FeatureSupport)}
        style={{ '--support-color': COLOR.get(support) } as CSSProperties}
      >
        {SUPPORT_LEVELS.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {onEditNote ? (
        <button
          type="button"
          className={classes.note}
          data-filled={note ? true : undefined}
          aria-label={note ? `Note on ${where}: ${note}` : `Add a note on ${where}`}
          title={note || 'Add a note'}
          onClick={onEditNote}
        >
          {note ? <IconNotes size={14} aria-hidden /> : <IconNote size={14} aria-hidden />}
        </button>
      ) : (
        note && (
          <span title={note}>
            <IconNotes size={14} role="img" aria-label={`Note: ${note}`} />
          </span>
        )
      )}
    </div>
  );
}
