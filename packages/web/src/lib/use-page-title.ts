import { useDocumentTitle } from '@mantine/hooks';

/** Sets the tab title to "<page> · Tandem" (just "Tandem" while the page's name is loading). */
export function usePageTitle(page: string | null | undefined): void {
  useDocumentTitle(page ? `${page} · Tandem` : 'Tandem');
}
