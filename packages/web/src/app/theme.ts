import type { MantineColorsTuple } from '@mantine/core';
import { createTheme } from '@mantine/core';

/** One accent: a calm indigo, used for primary actions, focus rings and the current navigation item. */
const accent: MantineColorsTuple = [
  '#eef0fb',
  '#dcdff6',
  '#b6bcec',
  '#8e97e2',
  '#6e79d9',
  '#5e6ad2',
  '#4f5bc4',
  '#434da8',
  '#383f8a',
  '#2c316b',
];

/** Neutral, slightly cool greys for dark mode (Mantine's default dark is bluer). */
const dark: MantineColorsTuple = [
  '#d4d5da',
  '#b0b2ba',
  '#8b8e98',
  '#646771',
  '#3d3f47',
  '#2d2f36',
  '#23252b',
  '#1a1b20',
  '#141519',
  '#0e0f12',
];

const systemFont =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'accent',
  primaryShade: { light: 6, dark: 5 },
  colors: { accent, dark },
  fontFamily: systemFont,
  fontFamilyMonospace:
    'ui-monospace, "SF Mono", "Cascadia Code", "JetBrains Mono", Menlo, Consolas, monospace',
  headings: {
    fontFamily: systemFont,
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '1.5rem', lineHeight: '1.3' },
      h2: { fontSize: '1.25rem', lineHeight: '1.35' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.4' },
      h4: { fontSize: '0.9375rem', lineHeight: '1.45' },
    },
  },
  fontSizes: { xs: '0.75rem', sm: '0.8125rem', md: '0.875rem', lg: '1rem', xl: '1.125rem' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    PasswordInput: { defaultProps: { size: 'sm' } },
    NumberInput: { defaultProps: { size: 'sm' } },
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
    Menu: { defaultProps: { shadow: 'md', radius: 'md' } },
    Paper: { defaultProps: { radius: 'lg' } },
    Badge: {
      defaultProps: { radius: 'sm', variant: 'light' },
      styles: { root: { textTransform: 'none', fontWeight: 550, letterSpacing: 0 } },
    },
    Modal: {
      defaultProps: { radius: 'lg', centered: true, overlayProps: { backgroundOpacity: 0.4, blur: 2 } },
      styles: { title: { fontWeight: 600 } },
    },
  },
});
