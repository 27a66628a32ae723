/**
 * The demo's goals (OKRs) for the product "Aurora": objectives with key results and dated
 * check-ins. Owners are named by e-mail (demo-workspace.data.ts); days are offsets from "now".
 */

const PRIYA = 'priya.raman@northwind.example';
const OWNER = 'demo@tandem.local';

export interface DemoKeyResult {
  readonly metric: string;
  readonly baseline: number;
  readonly target: number;
  /** Dated readings, oldest first; the latest sets the key result's current value and confidence. */
  readonly checkIns: readonly {
    readonly dayOffset: number;
    readonly value: number;
    readonly confidence: number;
    readonly note: string;
  }[];
  /** Confidence (0–1) when there is no check-in. */
  readonly confidence: number;
}

export interface DemoGoal {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly owner: string;
  /** The period, in days from now. */
  readonly periodStartOffset: number;
  readonly periodEndOffset: number;
  readonly keyResults: readonly DemoKeyResult[];
}

export const DEMO_GOALS: readonly DemoGoal[] = [
  {
    key: 'daily-workspace',
    title: 'Make Aurora the team’s daily workspace',
    description: 'Teams open Aurora first thing every day, on the desktop and on the go.',
    owner: PRIYA,
    periodStartOffset: -45,
    periodEndOffset: 135,
    keyResults: [
      {
        metric: 'Weekly active teams',
        baseline: 1200,
        target: 2000,
        confidence: 0.6,
        checkIns: [
          { dayOffset: -28, value: 1280, confidence: 0.6, note: 'Slack beta invites went out.' },
          { dayOffset: -7, value: 1350, confidence: 0.55, note: 'Growth slowed while offline mode slipped.' },
        ],
      },
      { metric: 'Day-30 retention (%)', baseline: 38, target: 50, confidence: 0.5, checkIns: [] },
      {
        metric: 'Mobile share of sessions (%)',
        baseline: 12,
        target: 25,
        confidence: 0.4,
        checkIns: [{ dayOffset: -14, value: 14, confidence: 0.4, note: 'Waiting on offline mode.' }],
      },
    ],
  },
  {
    key: 'enterprise',
    title: 'Win enterprise accounts',
    description: 'Pass enterprise security reviews and close larger deals.',
    owner: OWNER,
    periodStartOffset: -45,
    periodEndOffset: 135,
    keyResults: [
      {
        metric: 'Enterprise deals closed',
        baseline: 3,
        target: 12,
        confidence: 0.5,
        checkIns: [{ dayOffset: -10, value: 5, confidence: 0.5, note: 'Contoso and Fabrikam signed.' }],
      },
      {
        metric: 'Security questionnaire turnaround (days)',
        baseline: 10,
        target: 3,
        confidence: 0.7,
        checkIns: [],
      },
    ],
  },
];
