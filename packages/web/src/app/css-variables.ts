import type { CSSVariablesResolver } from '@mantine/core';

/**
 * Dark mode's "light" variants (badges, avatars, the active navigation item): Mantine paints them
 * as near-solid blocks with white text; a translucent tint with coloured text is calmer and keeps
 * one accent on screen instead of many dark slabs.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const dark: Record<string, string> = {};
  const tints: Record<string, [number, number]> = {
    accent: [5, 3],
    gray: [5, 2],
    teal: [6, 3],
    yellow: [6, 3],
    red: [6, 3],
  };
  for (const [color, [tintShade, textShade]] of Object.entries(tints)) {
    const shades = color === 'gray' ? theme.colors.dark : theme.colors[color];
    const tint = hexToRgb(color === 'gray' ? theme.colors.dark[2] : shades[tintShade]);
    dark[`--mantine-color-${color}-light`] = `rgba(${tint}, 0.16)`;
    dark[`--mantine-color-${color}-light-hover`] = `rgba(${tint}, 0.22)`;
    dark[`--mantine-color-${color}-light-color`] =
      color === 'gray' ? theme.colors.dark[0] : shades[textShade];
  }
  dark['--mantine-primary-color-light'] = dark['--mantine-color-accent-light'];
  dark['--mantine-primary-color-light-hover'] = dark['--mantine-color-accent-light-hover'];
  dark['--mantine-primary-color-light-color'] = dark['--mantine-color-accent-light-color'];
  return { variables: {}, light: {}, dark };
};

function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return `${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}`;
}
