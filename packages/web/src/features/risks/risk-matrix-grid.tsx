import { Box, Text, UnstyledButton } from '@mantine/core';
import type { Risk } from '@tandem/api';
import { useMemo } from 'react';
import { bucketRisks, cellLevel, LEVEL_COLOR, LEVEL_LABEL, type MatrixCell } from './risk-matrix';

interface RiskMatrixGridProps {
  readonly risks: readonly Risk[];
  readonly selected: MatrixCell | null;
  readonly onSelect: (cell: MatrixCell | null) => void;
}

const AXIS = ['Very low', 'Low', 'Medium', 'High', 'Very high'];

/** The 5×5 probability–impact matrix of open risks; clicking a cell filters the register to it. */
export function RiskMatrixGrid({ risks, selected, onSelect }: RiskMatrixGridProps) {
  const rows = useMemo(() => bucketRisks(risks), [risks]);
  return (
    <Box
      component="table"
      aria-label="Probability–impact matrix"
      style={{ borderCollapse: 'separate', borderSpacing: 3 }}
    >
      <tbody>
        {rows.map((row, r) => {
          const probability = 5 - r;
          return (
            <tr key={probability}>
              <Text component="th" scope="row" size="xs" c="dimmed" ta="right" pr={6} fw={400}>
                {probability} {AXIS[probability - 1]}
              </Text>
              {row.map((count, c) => {
                const cell = { probability, impact: c + 1 };
                const level = cellLevel(cell);
                const active = selected?.probability === probability && selected.impact === c + 1;
                return (
                  <td key={cell.impact} style={{ padding: 0 }}>
                    <UnstyledButton
                      onClick={() => onSelect(active ? null : cell)}
                      aria-pressed={active}
                      aria-label={`Probability ${probability}, impact ${cell.impact}: ${count} ${count === 1 ? 'risk' : 'risks'}, ${LEVEL_LABEL[level]}`}
                      data-testid={`matrix-cell-${probability}-${cell.impact}`}
                      w={44}
                      h={36}
                      ta="center"
                      fw={count > 0 ? 700 : 400}
                      style={{
                        borderRadius: 4,
                        background: `var(--mantine-color-${LEVEL_COLOR[level]}-${count > 0 ? 3 : 1})`,
                        outline: active ? '2px solid var(--mantine-color-dark-6)' : undefined,
                      }}
                    >
                      {count > 0 ? count : ''}
                    </UnstyledButton>
                  </td>
                );
              })}
            </tr>
          );
        })}
        <tr>
          <Text component="th" size="xs" c="dimmed" ta="right" pr={6} fw={400}>
            P ↑ / I →
          </Text>
          {AXIS.map((label, i) => (
            <Text component="th" key={label} size="xs" c="dimmed" fw={400} ta="center">
              {i + 1} {label}
            </Text>
          ))}
        </tr>
      </tbody>
    </Box>
  );
}
