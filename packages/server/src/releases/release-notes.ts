import type { FeatureKind, FeatureStatus } from '@tandem/api';

/** What the notes need of a feature. */
export interface NoteFeature {
  readonly title: string;
  readonly description: string;
  readonly kind: FeatureKind;
  readonly status: FeatureStatus;
  /** Feedback items linked to the feature as evidence. */
  readonly evidenceCount: number;
}

const SECTIONS: readonly { kind: FeatureKind; heading: string }[] = [
  { kind: 'initiative', heading: 'Initiatives' },
  { kind: 'feature', heading: 'Features' },
  { kind: 'idea', heading: 'Ideas' },
];
const STATUS_LABEL: Record<FeatureStatus, string> = {
  released: 'released',
  'in-progress': 'in progress',
  planned: 'planned',
  'under-consideration': 'under consideration',
  new: 'new',
  parked: 'parked',
  rejected: 'rejected',
};
// shipped work first; parked and rejected items are listed apart as left out
const STATUS_ORDER: readonly FeatureStatus[] = [
  'released',
  'in-progress',
  'planned',
  'under-consideration',
  'new',
];
const LEFT_OUT: ReadonlySet<FeatureStatus> = new Set(['parked', 'rejected']);

/** Markdown-escapes text typed by users so a title cannot open a link, a heading or emphasis. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]()<>#+\-!|~])/g, '\\$1');
}

function line(feature: NoteFeature): string {
  const evidence =
    feature.evidenceCount === 0
      ? ''
      : ` · ${feature.evidenceCount} customer request${feature.evidenceCount === 1 ? '' : 's'}`;
  const summary = feature.description.trim().split('\n')[0] ?? '';
  return `- **${escapeMarkdown(feature.title)}** (${STATUS_LABEL[feature.status]}${evidence})${
    summary === '' ? '' : `: ${escapeMarkdown(summary)}`
  }`;
}

/**
 * Release notes in Markdown: a heading with the release's name and version, then its features by
 * kind (initiatives, features, ideas), shipped work first (by status, keeping the given order within
 * a status), each with its evidence count; parked and rejected items close the notes as left out.
 * @param features in rank order.
 */
export function renderReleaseNotes(
  release: { name: string; versionLabel: string; targetDate: string | null; description: string },
  features: readonly NoteFeature[],
): string {
  const title = [release.name, release.versionLabel].filter((s) => s.trim() !== '').map(escapeMarkdown);
  const out = [`# ${title.join(' ')}`, ''];
  if (release.targetDate) out.push(`Target date: ${release.targetDate}`, '');
  if (release.description.trim() !== '') out.push(release.description.trim(), '');
  const kept = features.filter((f) => !LEFT_OUT.has(f.status));
  if (kept.length === 0) out.push('No features in this release yet.', '');
  for (const { kind, heading } of SECTIONS) {
    const ofKind = kept
      .filter((f) => f.kind === kind)
      .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    if (ofKind.length === 0) continue;
    out.push(`## ${heading}`, '', ...ofKind.map(line), '');
  }
  const left = features.filter((f) => LEFT_OUT.has(f.status));
  if (left.length > 0) out.push('## Left out', '', ...left.map(line), '');
  return `${out.join('\n').trimEnd()}\n`;
}
