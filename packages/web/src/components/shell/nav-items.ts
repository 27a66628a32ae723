import type { Icon } from '@tabler/icons-react';
import {
  IconBox,
  IconInbox,
  IconLayoutDashboard,
  IconListDetails,
  IconListNumbers,
  IconRoute,
  IconTarget,
  IconTrendingUp,
  IconUsersGroup,
} from '@tabler/icons-react';

/** A sidebar link: `to` is a route path below `/w/$workspaceId`. */
export interface NavItem {
  readonly label: string;
  readonly to:
    | '/w/$workspaceId'
    | '/w/$workspaceId/projects'
    | '/w/$workspaceId/product/backlog'
    | '/w/$workspaceId/product/feedback'
    | '/w/$workspaceId/product/roadmap'
    | '/w/$workspaceId/product/products'
    | '/w/$workspaceId/product/goals'
    | '/w/$workspaceId/product/stakeholders'
    | '/w/$workspaceId/product/market';
  readonly icon: Icon;
  /** Highlight only on an exact path match (the workspace home), not on child pages. */
  readonly exact?: boolean;
}

export interface NavSection {
  readonly title: string;
  readonly items: readonly NavItem[];
}

// Adding a page to the sidebar is one line here (and its route in src/app/router.tsx).
export const navSections: readonly NavSection[] = [
  {
    title: 'Product',
    items: [
      { label: 'Overview', to: '/w/$workspaceId', icon: IconLayoutDashboard, exact: true },
      { label: 'Backlog', to: '/w/$workspaceId/product/backlog', icon: IconListNumbers },
      { label: 'Feedback', to: '/w/$workspaceId/product/feedback', icon: IconInbox },
      { label: 'Roadmap', to: '/w/$workspaceId/product/roadmap', icon: IconRoute },
      { label: 'Products', to: '/w/$workspaceId/product/products', icon: IconBox },
      { label: 'Goals', to: '/w/$workspaceId/product/goals', icon: IconTarget },
      { label: 'Stakeholders', to: '/w/$workspaceId/product/stakeholders', icon: IconUsersGroup },
      { label: 'Market', to: '/w/$workspaceId/product/market', icon: IconTrendingUp },
    ],
  },
  {
    title: 'Delivery',
    items: [{ label: 'Projects', to: '/w/$workspaceId/projects', icon: IconListDetails }],
  },
];
