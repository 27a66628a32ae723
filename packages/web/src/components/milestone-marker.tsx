/** The planners' milestone symbol: a filled diamond, in the accent colour. */
export function MilestoneMarker({ size = 11, label }: { readonly size?: number; readonly label?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 10 10"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      style={{ flex: 'none', color: 'var(--mantine-primary-color-filled)' }}
    >
      {label && <title>{label}</title>}
      <path d="M5 0.4 9.6 5 5 9.6 0.4 5Z" fill="currentColor" />
    </svg>
  );
}
