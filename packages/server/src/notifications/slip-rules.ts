/**
 * When a forecast crossing notifies. `late` is whether the forecast passes the target now;
 * `stored` the judgement last recorded (`forecast_late`: 1 late and told, 0 on time or no
 * forecast, null never judged). A slip notifies once; staying late is silent; a recovery re-arms
 * the next slip; a first judgement (rows older than the notifications) is recorded silently.
 */
export type SlipTransition = 'slipped' | 'recovered' | 'first-judged' | 'unchanged';

export function slipTransition(late: boolean, stored: number | null): SlipTransition {
  if (stored === null) return 'first-judged';
  if (late && stored === 0) return 'slipped';
  if (!late && stored !== 0) return 'recovered';
  return 'unchanged';
}

/** A forecast as the message states it: the date judged (YYYY-MM-DD) and what it is based on. */
export interface JudgedForecast {
  readonly date: string;
  /** P80 of the latest Monte Carlo simulation, or the critical path finish. */
  readonly basis: 'P80' | 'CPM';
}

/** The judged forecast: P80 when a simulation covers it, else the CPM finish (floating ISO in). */
export function judgedForecast(forecast: { cpmFinish: string; p80: string | null }): JudgedForecast {
  return forecast.p80 !== null
    ? { date: forecast.p80.slice(0, 10), basis: 'P80' }
    : { date: forecast.cpmFinish.slice(0, 10), basis: 'CPM' };
}

/** Whether a judged forecast passes a target date (both YYYY-MM-DD; no target is never late). */
export function passesTarget(forecast: JudgedForecast | null, targetDate: string | null): boolean {
  return forecast !== null && targetDate !== null && forecast.date > targetDate;
}

/** The message a feature's owner reads: names the feature, the forecast and the target. */
export function featureLateMessage(title: string, forecast: JudgedForecast, targetDate: string): string {
  return `“${title}” is now forecast for ${forecast.date} (${forecast.basis}), after its target date ${targetDate}.`;
}

/** The message the owners of a release's features read. */
export function releaseLateMessage(name: string, forecast: JudgedForecast, targetDate: string): string {
  return `Release “${name}” is now forecast for ${forecast.date} (${forecast.basis}), after its target date ${targetDate}.`;
}
