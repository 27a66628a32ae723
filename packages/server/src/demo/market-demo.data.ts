/**
 * The demo's voice of the customer and market around the product "Aurora": feedback (triaged to
 * backlog features by their keys in product-demo.data.ts, or still new), stakeholders, competitors
 * with a few comparison cells, market trends and the product's SWOT. Days are offsets from "now".
 */

export interface DemoFeedback {
  readonly text: string;
  readonly source: 'form' | 'email' | 'call' | 'csv' | 'api';
  readonly customer: string;
  readonly company: string;
  readonly segment: string;
  readonly importance: 'low' | 'medium' | 'high' | 'critical';
  readonly tags: readonly string[];
  /** The backlog feature it is evidence for; absent = still in the inbox (new). */
  readonly featureKey?: string;
  readonly dayOffset: number;
}

export const DEMO_FEEDBACK: readonly DemoFeedback[] = [
  {
    text: 'Two of us edited the launch brief at once and one version was lost. We need live co-editing.',
    source: 'call',
    customer: 'Hannah Cole',
    company: 'Brightline Studio',
    segment: 'SMB',
    importance: 'high',
    tags: ['editing', 'data-loss'],
    featureKey: 'live-editing',
    dayOffset: -40,
  },
  {
    text: 'Our consultants work from client sites with bad Wi-Fi. The iPhone app is useless offline.',
    source: 'email',
    customer: 'Omar Haddad',
    company: 'Contoso Consulting',
    segment: 'Mid-market',
    importance: 'critical',
    tags: ['mobile', 'offline'],
    featureKey: 'offline',
    dayOffset: -35,
  },
  {
    text: 'Field technicians on Android need to read checklists in basements without signal.',
    source: 'form',
    customer: 'Ines Moreau',
    company: 'Fabrikam Facilities',
    segment: 'Enterprise',
    importance: 'high',
    tags: ['mobile', 'offline', 'android'],
    featureKey: 'offline',
    dayOffset: -21,
  },
  {
    text: 'We were promised offline mode for the pilot in spring. Is it still on track?',
    source: 'call',
    customer: 'Raj Patel',
    company: 'Contoso Consulting',
    segment: 'Mid-market',
    importance: 'critical',
    tags: ['offline', 'commitment'],
    featureKey: 'offline',
    dayOffset: -6,
  },
  {
    text: 'Please post updates into our Slack channels; nobody checks e-mail notifications.',
    source: 'form',
    customer: 'Lucy Chen',
    company: 'Tailspin Toys',
    segment: 'SMB',
    importance: 'medium',
    tags: ['slack', 'notifications'],
    featureKey: 'slack',
    dayOffset: -30,
  },
  {
    text: 'Links to Aurora pasted in Slack show nothing. A preview would save us a click every time.',
    source: 'csv',
    customer: 'Ben Ortiz',
    company: 'Wide World Importers',
    segment: 'Mid-market',
    importance: 'low',
    tags: ['slack'],
    featureKey: 'slack',
    dayOffset: -18,
  },
  {
    text: 'Security will not approve Aurora without SAML SSO through Okta and SCIM deprovisioning.',
    source: 'email',
    customer: 'Dana Whitfield',
    company: 'Fabrikam Facilities',
    segment: 'Enterprise',
    importance: 'critical',
    tags: ['security', 'sso'],
    featureKey: 'sso',
    dayOffset: -50,
  },
  {
    text: 'Our engineers live in Jira. Two-way sync of status would let the whole company use Aurora.',
    source: 'call',
    customer: 'Marta Novak',
    company: 'Adventure Works',
    segment: 'Enterprise',
    importance: 'medium',
    tags: ['jira', 'integrations'],
    featureKey: 'jira',
    dayOffset: -25,
  },
  {
    text: 'I miss mentions on my phone until I open the app. Push notifications, please.',
    source: 'form',
    customer: 'Sam Iqbal',
    company: 'Brightline Studio',
    segment: 'SMB',
    importance: 'medium',
    tags: ['mobile', 'notifications'],
    featureKey: 'push',
    dayOffset: -12,
  },
  {
    text: 'Compliance asks for an export of who accessed which workspace in the last 90 days.',
    source: 'email',
    customer: 'Dana Whitfield',
    company: 'Fabrikam Facilities',
    segment: 'Enterprise',
    importance: 'high',
    tags: ['security', 'audit'],
    dayOffset: -4,
  },
  {
    text: 'Could Aurora summarise a 200-message thread for people coming back from holiday?',
    source: 'form',
    customer: 'Leo Brandt',
    company: 'Tailspin Toys',
    segment: 'SMB',
    importance: 'low',
    tags: ['ai'],
    dayOffset: -3,
  },
  {
    text: 'The web app is hard to read at night. A dark theme would help our support team on late shifts.',
    source: 'api',
    customer: 'Aiko Tanaka',
    company: 'Wide World Importers',
    segment: 'Mid-market',
    importance: 'low',
    tags: ['ui'],
    dayOffset: -1,
  },
];

export interface DemoStakeholder {
  readonly name: string;
  readonly role: string;
  readonly organisation: string;
  /** 1–5. */
  readonly power: number;
  /** 1–5. */
  readonly interest: number;
  readonly engagementPlan: string;
}

/** One stakeholder in each quadrant of the power/interest grid. */
export const DEMO_STAKEHOLDERS: readonly DemoStakeholder[] = [
  {
    name: 'Helen Park',
    role: 'CEO',
    organisation: 'Northwind Labs',
    power: 5,
    interest: 5,
    engagementPlan: 'Weekly launch review; escalate any slip of the GA date the same day.',
  },
  {
    name: 'Raj Patel',
    role: 'Head of IT (customer advisory board)',
    organisation: 'Contoso Consulting',
    power: 4,
    interest: 2,
    engagementPlan: 'Monthly advisory call; early access to offline mode and SSO.',
  },
  {
    name: 'Sofia Alvarez',
    role: 'Customer success lead',
    organisation: 'Northwind Labs',
    power: 2,
    interest: 5,
    engagementPlan: 'Joins the weekly feedback triage; receives the roadmap share link.',
  },
  {
    name: 'Jonas Meyer',
    role: 'Procurement manager',
    organisation: 'Fabrikam Facilities',
    power: 2,
    interest: 1,
    engagementPlan: 'Quarterly pricing update before renewal.',
  },
];

export interface DemoCompetitor {
  readonly key: string;
  readonly name: string;
  readonly website: string;
  readonly profile: string;
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  readonly pricing: string;
  /** Backlog feature key → how well the competitor covers it. */
  readonly cells: Readonly<Record<string, { support: 'full' | 'partial' | 'none'; note: string }>>;
}

export const DEMO_COMPETITORS: readonly DemoCompetitor[] = [
  {
    key: 'threadline',
    name: 'Threadline',
    website: 'https://threadline.example',
    profile: 'Chat-first collaboration suite, strong in mid-market tech companies.',
    strengths: ['Large integration marketplace', 'Polished mobile apps', 'Strong brand with developers'],
    weaknesses: ['No real-time document editing', 'Expensive enterprise tier', 'Weak offline support'],
    pricing: '$8 per user per month; Enterprise $15 with SSO',
    cells: {
      'live-editing': { support: 'none', note: 'Documents are attachments only.' },
      offline: { support: 'partial', note: 'Read-only cache on iOS.' },
      slack: { support: 'full', note: 'Native bridge.' },
      sso: { support: 'full', note: 'Enterprise tier only.' },
    },
  },
  {
    key: 'huddlepad',
    name: 'HuddlePad',
    website: 'https://huddlepad.example',
    profile: 'Document-centric workspace for agencies and small teams.',
    strengths: ['Excellent real-time editor', 'Generous free plan'],
    weaknesses: ['No SSO or SCIM', 'Android app lags behind iOS', 'Few integrations'],
    pricing: 'Free up to 10 users; $6 per user per month',
    cells: {
      'live-editing': { support: 'full', note: 'Their core strength.' },
      offline: { support: 'none', note: '' },
      sso: { support: 'none', note: 'On their roadmap for next year.' },
      jira: { support: 'partial', note: 'One-way import only.' },
    },
  },
];

export interface DemoTrend {
  readonly title: string;
  readonly description: string;
  readonly impact: 'low' | 'medium' | 'high';
  readonly dayOffset: number;
  readonly links: readonly string[];
}

export const DEMO_TRENDS: readonly DemoTrend[] = [
  {
    title: 'Hybrid teams work asynchronously',
    description:
      'Teams spread over sites and time zones rely on written, searchable decisions over meetings.',
    impact: 'high',
    dayOffset: -60,
    links: ['https://example.com/reports/hybrid-work-2026'],
  },
  {
    title: 'AI assistants inside work tools',
    description: 'Buyers expect summaries and drafting built in; standalone AI tools lose ground.',
    impact: 'medium',
    dayOffset: -20,
    links: [],
  },
];

export const DEMO_SWOT = {
  strengths: ['Live editing and chat in one place', 'Loved by team leads (NPS 52)', 'Fast web app'],
  weaknesses: ['Mobile apps lag behind the web', 'No enterprise identity yet', 'Small integration catalogue'],
  opportunities: ['Enterprise buyers consolidating tools', 'Slack users wanting richer documents'],
  threats: ['Threadline bundling documents', 'HuddlePad’s free plan', 'Budget cuts delaying seat growth'],
} as const;
