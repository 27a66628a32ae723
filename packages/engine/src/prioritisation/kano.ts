/** Kano categories: must-be, one-dimensional (performance), attractive, indifferent, reverse, questionable. */
export type KanoCategory =
  | 'must-be'
  | 'performance'
  | 'attractive'
  | 'indifferent'
  | 'reverse'
  | 'questionable';

/** The five answers of a Kano questionnaire to "how do you feel if the product has / lacks it?". */
export type KanoAnswer = 'like' | 'expect' | 'neutral' | 'tolerate' | 'dislike';

const ANSWERS: readonly KanoAnswer[] = ['like', 'expect', 'neutral', 'tolerate', 'dislike'];

// Kano's evaluation table: rows are the functional answer, columns the dysfunctional one.
const TABLE: readonly (readonly KanoCategory[])[] = [
  ['questionable', 'attractive', 'attractive', 'attractive', 'performance'],
  ['reverse', 'indifferent', 'indifferent', 'indifferent', 'must-be'],
  ['reverse', 'indifferent', 'indifferent', 'indifferent', 'must-be'],
  ['reverse', 'indifferent', 'indifferent', 'indifferent', 'must-be'],
  ['reverse', 'reverse', 'reverse', 'reverse', 'questionable'],
];

/** Category of one respondent's answer pair (functional: the feature is there; dysfunctional: it is not). */
export function kanoCategory(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  return TABLE[ANSWERS.indexOf(functional)][ANSWERS.indexOf(dysfunctional)];
}

/**
 * The category most respondents give (ties broken by Kano's order of importance: must-be,
 * performance, attractive, indifferent, reverse, questionable); null without answers.
 */
export function kanoMajority(pairs: readonly (readonly [KanoAnswer, KanoAnswer])[]): KanoCategory | null {
  if (pairs.length === 0) return null;
  const order: readonly KanoCategory[] = [
    'must-be',
    'performance',
    'attractive',
    'indifferent',
    'reverse',
    'questionable',
  ];
  const counts = new Map<KanoCategory, number>();
  for (const [f, d] of pairs) {
    const category = kanoCategory(f, d);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  let best: KanoCategory = order[0];
  let bestCount = -1;
  for (const category of order) {
    const count = counts.get(category) ?? 0;
    if (count > bestCount) {
      best = category;
      bestCount = count;
    }
  }
  return best;
}
