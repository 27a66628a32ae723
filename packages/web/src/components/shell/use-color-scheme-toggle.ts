import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';

/** The scheme on screen and a switch to the other one (the choice is saved in localStorage). */
export function useColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  return {
    scheme: computed,
    toggle: () => setColorScheme(computed === 'dark' ? 'light' : 'dark'),
  };
}
