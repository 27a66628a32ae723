import { Group, Text } from '@mantine/core';

interface TandemLogoProps {
  /** Mark size in px. */
  readonly size?: number;
  readonly withWordmark?: boolean;
}

/** Two overlapping rings: the product plan and the delivery plan, one shared model. */
export function TandemMark({ size = 24 }: { readonly size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-primary-color-filled)" />
      <circle cx="12.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
      <circle cx="19.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" opacity="0.7" />
    </svg>
  );
}

export function TandemLogo({ size = 24, withWordmark = true }: TandemLogoProps) {
  return (
    <Group gap={8} wrap="nowrap" aria-label="Tandem">
      <TandemMark size={size} />
      {withWordmark && (
        <Text fw={650} fz={size * 0.66} lh={1} style={{ letterSpacing: '-0.01em' }}>
          Tandem
        </Text>
      )}
    </Group>
  );
}
