import type { FunctionComponent } from 'react';

/** What `lazyRouteComponent` returns: a component whose module loads on `preload` or first render. */
interface LazyPage {
  preload?: () => Promise<void> | undefined;
}

/**
 * Gives a route's component the `preload` of the lazily loaded page it renders. The router calls
 * it while it matches the route (and on hover, with `defaultPreload: 'intent'`), so the page's
 * chunk loads alongside the route's data and the page never shows a fallback for its code. Pages
 * load lazily so that the first screen, usually a project's Gantt, does not wait for the code of
 * every other page (charts in particular) to download and compile.
 */
export function withLazyPage<P extends object>(
  component: FunctionComponent<P>,
  page: LazyPage,
): FunctionComponent<P> & { preload: () => Promise<void> } {
  // lazyRouteComponent drops its own `preload` once loaded, so read it at each call.
  return Object.assign(component, { preload: async () => page.preload?.() });
}
