/**
 * Whether a cell's text fits its width, so that only the cells that need it clip (with an
 * ellipsis): a clipping cell is a clip node of its own in the browser's paint property trees, and
 * a screen of sheet rows has hundreds of cells whose clips every scroll frame would update.
 */

/** Font weights of the sheet: 600 on summary rows. */
export type TextWeight = 400 | 600;

/** Measures the width of a text in the sheet's font, px; null when it cannot. */
export type MeasureText = (text: string, weight: TextWeight) => number | null;

/** Room kept beyond the measured width for rounding between the canvas and the layout, px. */
const SLACK_PX = 2;

/**
 * Whether `text` surely fits in `widthPx` px: false when it may not, or when there is no measure
 * (`measure` null), so that an unsure cell clips.
 */
export function textFits(
  text: string,
  widthPx: number,
  weight: TextWeight,
  measure: MeasureText | null,
): boolean {
  if (text === '') return true;
  const width = measure?.(text, weight) ?? null;
  return width !== null && width + SLACK_PX <= widthPx;
}

/** Cached widths beyond this many texts are dropped (a 10,000-task plan shows ~40,000 texts). */
const CACHE_LIMIT = 50_000;

/**
 * A canvas measure of texts in `fontFamily` (a CSS font-family list) at `sizePx` px, caching each
 * width; null where there is no 2D canvas (tests, old browsers): every cell then clips.
 */
export function createCanvasMeasure(fontFamily: string, sizePx: number): MeasureText | null {
  if (typeof document === 'undefined' || !(sizePx > 0)) return null;
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    return null;
  }
  if (!context || typeof context.measureText !== 'function') return null;
  const canvas = context;
  const cache = new Map<string, number>();
  // The canvas serialises the font it is given: compare with what was set, not with `canvas.font`.
  let fontSet = '';
  return (text, weight) => {
    const key = `${weight}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      const css = `${weight} ${sizePx}px ${fontFamily}`;
      if (fontSet !== css) {
        canvas.font = css;
        fontSet = css;
      }
      width = canvas.measureText(text).width;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}
