import type { FeatureKind, FeatureStatus, LifecycleStage, RoadmapLane } from '@tandem/api';

/**
 * The demo's product side (issue #7): the product "Aurora", its scorecard, release and backlog
 * (goals are in goals-demo.data.ts), built around the "Aurora 2.0 launch" plan. People are named
 * by e-mail (see demo-workspace.data.ts), delivery work by the plan's task keys
 * (aurora-launch.plan.ts); dates are offsets in days from "now" or from the linked work's
 * scheduled finish, so the demo stays current.
 */

const PRIYA = 'priya.raman@northwind.example';
const MARCUS = 'marcus.feld@northwind.example';
const LENA = 'lena.okafor@northwind.example';
const OWNER = 'demo@tandem.local';

export interface DemoProductData {
  readonly name: string;
  readonly vision: string;
  readonly strategy: string;
  readonly targetCustomers: string;
  readonly personas: readonly { readonly name: string; readonly description: string }[];
  /** Stages entered, oldest first; the last one is the current stage. Days from now (negative: past). */
  readonly stages: readonly { readonly stage: LifecycleStage; readonly dayOffset: number }[];
  readonly changedBy: string;
}

export const DEMO_PRODUCT: DemoProductData = {
  name: 'Aurora',
  vision:
    'Every team works from one live space: conversations, documents and decisions in sync on any device, online or not.',
  strategy:
    'Win team leads at 20–500 person companies with real-time editing and offline mobile apps, then expand into ' +
    'enterprise accounts through SSO, audit and deep integrations (Slack, Jira).',
  targetCustomers:
    'Distributed product, agency and operations teams of 10–200 people; IT buyers at companies of 500–5,000 seats.',
  personas: [
    {
      name: 'Maya, team lead',
      description:
        'Runs a 12-person team at a design agency; lives in Slack, works from trains and client sites, wants one place for decisions.',
    },
    {
      name: 'Dev, IT administrator',
      description:
        'Rolls tools out to 2,000 seats; needs SAML SSO, SCIM provisioning and a security questionnaire answered in days.',
    },
  ],
  stages: [
    { stage: 'discovery', dayOffset: -540 },
    { stage: 'introduction', dayOffset: -365 },
    { stage: 'growth', dayOffset: -120 },
  ],
  changedBy: PRIYA,
};

/** The workspace scorecard: criteria weighted as entered, values on 1–5. */
export const DEMO_CRITERIA: readonly {
  readonly key: string;
  readonly name: string;
  readonly weight: number;
}[] = [
  { key: 'fit', name: 'Strategic fit', weight: 3 },
  { key: 'demand', name: 'Customer demand', weight: 2 },
  { key: 'revenue', name: 'Revenue', weight: 1 },
];

export const DEMO_RELEASE = {
  name: 'Aurora 2.0',
  versionLabel: '2.0',
  status: 'in-progress',
  description: 'Real-time collaboration, offline mobile apps, Slack and enterprise SSO.',
  /** The target, in days after the latest finish of its features' linked work. */
  targetAfterWorkDays: 10,
} as const;

export interface DemoFeature {
  readonly key: string;
  readonly kind: FeatureKind;
  readonly parentKey?: string;
  readonly title: string;
  readonly description: string;
  readonly status: FeatureStatus;
  readonly statusReason?: string;
  readonly owner?: string;
  readonly rice?: {
    readonly reach: number | null;
    readonly impact: number | null;
    readonly confidence: number | null;
    readonly effort: number | null;
  };
  readonly wsjf?: {
    readonly businessValue: number;
    readonly timeCriticality: number;
    readonly riskReduction: number;
    readonly jobSize: number;
  };
  readonly value?: number;
  readonly effort?: number;
  readonly kano?: 'must-be' | 'performance' | 'attractive' | 'indifferent';
  readonly lane?: RoadmapLane;
  readonly team?: string;
  readonly goals?: readonly string[];
  /** Criterion key → value on its scale. */
  readonly scorecard?: Readonly<Record<string, number>>;
  /** Aurora 2.0 launch task keys delivering it (its forecast comes from them). */
  readonly taskKeys?: readonly string[];
  readonly inRelease?: boolean;
  /**
   * The target date in days after the linked work's scheduled finish; negative = deliberately
   * before it, so the roadmap flags the feature late.
   */
  readonly targetAfterWorkDays?: number;
}

/** The backlog, in rank order (initiatives before their features). */
export const DEMO_FEATURES: readonly DemoFeature[] = [
  {
    key: 'collab',
    kind: 'initiative',
    title: 'Real-time collaboration everywhere',
    description: 'Edit together live on the web and keep working on phones without a connection.',
    status: 'in-progress',
    owner: PRIYA,
    lane: 'now',
    team: 'Platform',
    goals: ['daily-workspace'],
    value: 9,
    effort: 8,
  },
  {
    key: 'live-editing',
    kind: 'feature',
    parentKey: 'collab',
    title: 'Collaborative editing on the web',
    description:
      'Several people edit one document with live cursors and presence; conflicts resolve themselves.',
    status: 'in-progress',
    owner: MARCUS,
    rice: { reach: 4000, impact: 3, confidence: 0.8, effort: 6 },
    wsjf: { businessValue: 13, timeCriticality: 8, riskReduction: 5, jobSize: 8 },
    value: 9,
    effort: 6,
    kano: 'performance',
    lane: 'now',
    team: 'Web',
    goals: ['daily-workspace'],
    scorecard: { fit: 5, demand: 5, revenue: 3 },
    taskKeys: ['realtime', 'web-collab'],
    inRelease: true,
    targetAfterWorkDays: 14,
  },
  {
    key: 'offline',
    kind: 'feature',
    parentKey: 'collab',
    title: 'Offline mode for iOS and Android',
    description: 'Read and edit on a plane or a train; changes sync when the phone is back online.',
    status: 'planned',
    owner: OWNER,
    rice: { reach: 2500, impact: 2, confidence: 0.7, effort: 5 },
    wsjf: { businessValue: 8, timeCriticality: 13, riskReduction: 3, jobSize: 5 },
    value: 8,
    effort: 5,
    kano: 'attractive',
    lane: 'now',
    team: 'Mobile',
    goals: ['daily-workspace'],
    scorecard: { fit: 4, demand: 5, revenue: 2 },
    taskKeys: ['ios-offline', 'android-offline'],
    inRelease: true,
    // promised to the beta customers three weeks before the mobile work can finish: late
    targetAfterWorkDays: -21,
  },
  {
    key: 'push',
    kind: 'feature',
    parentKey: 'collab',
    title: 'Push notifications on mobile',
    description: 'Mentions, replies and assigned tasks reach the phone within seconds.',
    status: 'planned',
    owner: LENA,
    // effort not estimated yet: the backlog shows why there is no RICE score
    rice: { reach: 3000, impact: 1, confidence: 0.8, effort: null },
    wsjf: { businessValue: 5, timeCriticality: 5, riskReduction: 1, jobSize: 3 },
    kano: 'must-be',
    lane: 'next',
    team: 'Mobile',
    goals: ['daily-workspace'],
    taskKeys: ['push'],
    inRelease: true,
    targetAfterWorkDays: 21,
  },
  {
    key: 'slack',
    kind: 'feature',
    parentKey: 'collab',
    title: 'Slack integration: notifications and link unfurls',
    description: 'Post Aurora updates to Slack channels and unfurl Aurora links with a live preview.',
    status: 'planned',
    owner: MARCUS,
    rice: { reach: 3500, impact: 2, confidence: 0.9, effort: 2 },
    wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3 },
    value: 7,
    effort: 2,
    lane: 'next',
    team: 'Integrations',
    goals: ['daily-workspace'],
    scorecard: { fit: 4, demand: 4, revenue: 2 },
    taskKeys: ['int-slack'],
    inRelease: true,
    targetAfterWorkDays: 14,
  },
  {
    key: 'enterprise',
    kind: 'initiative',
    title: 'Enterprise readiness',
    description:
      'What a 2,000-seat buyer asks for before signing: identity, audit and the tools they already run.',
    status: 'planned',
    owner: OWNER,
    lane: 'next',
    team: 'Integrations',
    goals: ['enterprise'],
    value: 8,
    effort: 7,
  },
  {
    key: 'sso',
    kind: 'feature',
    parentKey: 'enterprise',
    title: 'SAML single sign-on and SCIM provisioning',
    description: 'Sign in through Okta, Entra ID or Google; accounts come and go with the directory.',
    status: 'planned',
    owner: LENA,
    rice: { reach: 800, impact: 3, confidence: 0.9, effort: 2 },
    wsjf: { businessValue: 13, timeCriticality: 8, riskReduction: 8, jobSize: 3 },
    value: 8,
    effort: 3,
    kano: 'must-be',
    lane: 'now',
    team: 'Integrations',
    goals: ['enterprise'],
    scorecard: { fit: 5, demand: 3, revenue: 5 },
    taskKeys: ['int-sso'],
    inRelease: true,
    targetAfterWorkDays: 30,
  },
  {
    key: 'jira',
    kind: 'feature',
    parentKey: 'enterprise',
    title: 'Jira two-way sync',
    description: 'Issues and Aurora tasks stay in step both ways, status and comments included.',
    status: 'under-consideration',
    owner: MARCUS,
    rice: { reach: 1200, impact: 2, confidence: 0.5, effort: 4 },
    wsjf: { businessValue: 5, timeCriticality: 3, riskReduction: 2, jobSize: 8 },
    value: 6,
    effort: 6,
    kano: 'performance',
    lane: 'later',
    team: 'Integrations',
    goals: ['enterprise'],
    scorecard: { fit: 3, demand: 4, revenue: 3 },
    taskKeys: ['int-jira'],
    targetAfterWorkDays: 45,
  },
  {
    key: 'audit-log',
    kind: 'feature',
    parentKey: 'enterprise',
    title: 'Audit log export',
    description: 'Every sign-in, share and permission change, exportable to the customer’s SIEM.',
    status: 'under-consideration',
    owner: LENA,
    rice: { reach: 600, impact: 2, confidence: 0.6, effort: 1.5 },
    wsjf: { businessValue: 8, timeCriticality: 3, riskReduction: 8, jobSize: 2 },
    value: 5,
    effort: 2,
    kano: 'must-be',
    lane: 'later',
    team: 'Platform',
    goals: ['enterprise'],
    scorecard: { fit: 4, demand: 2, revenue: 4 },
  },
  {
    key: 'ai-summaries',
    kind: 'idea',
    title: 'AI summaries of long threads',
    description: 'One paragraph catching you up on a thread you missed, with links to the decisions.',
    status: 'new',
    rice: { reach: 3000, impact: 1, confidence: 0.3, effort: 3 },
    value: 6,
    effort: 4,
    kano: 'attractive',
    lane: 'later',
  },
  {
    key: 'dark-mode',
    kind: 'idea',
    title: 'Dark mode',
    description: 'A dark theme for the web and mobile apps.',
    status: 'parked',
    statusReason: 'Revisit once the design system 2.0 tokens ship: theming is cheap after that.',
    value: 3,
    effort: 2,
    kano: 'attractive',
  },
  {
    key: 'whiteboard',
    kind: 'idea',
    title: 'Built-in whiteboard',
    description: 'A freeform canvas inside Aurora for workshops.',
    status: 'rejected',
    statusReason: 'Miro and FigJam already do this well; we embed them instead of building our own.',
    value: 4,
    effort: 8,
    kano: 'indifferent',
  },
];
