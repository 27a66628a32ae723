/**
 * Inverse cumulative distribution functions for three-point estimates, so that every sample is
 * drawn from one uniform number (which lets correlated groups share a Gaussian copula).
 */

/** Quantile of the triangular distribution on [a, b] with mode m, at probability u ∈ [0, 1]. */
export function triangularQuantile(u: number, a: number, m: number, b: number): number {
  const width = b - a;
  if (width <= 0) return m;
  const modeShare = (m - a) / width;
  return u < modeShare ? a + Math.sqrt(u * width * (m - a)) : b - Math.sqrt((1 - u) * width * (b - m));
}

/** Cells of a PERT quantile table; the error of its linear interpolation is below 1e-5 of the range. */
const PERT_CELLS = 4096;

/**
 * The CDF of a Beta(α, β) distribution on [0, 1] tabulated on a regular grid, for fast quantiles of
 * the PERT-beta distribution (α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a), so α, β ≥ 1 and
 * the density is bounded). Built once per distinct shape.
 */
export class BetaQuantileTable {
  private readonly cdf = new Float64Array(PERT_CELLS + 1);

  constructor(
    readonly alpha: number,
    readonly beta: number,
  ) {
    if (!(alpha >= 1 && beta >= 1)) throw new RangeError('BetaQuantileTable: α and β must be ≥ 1');
    const h = 1 / PERT_CELLS;
    const density = (x: number) => x ** (alpha - 1) * (1 - x) ** (beta - 1);
    // Simpson's rule on each cell: the density is smooth inside (0, 1)
    let total = 0;
    for (let k = 0; k < PERT_CELLS; k += 1) {
      const x0 = k * h;
      total += (h / 6) * (density(x0) + 4 * density(x0 + h / 2) + density(x0 + h));
      this.cdf[k + 1] = total;
    }
    for (let k = 1; k <= PERT_CELLS; k += 1) this.cdf[k] /= total;
  }

  /** x ∈ [0, 1] with CDF(x) = u. */
  quantile(u: number): number {
    const cdf = this.cdf;
    let lo = 0;
    let hi = PERT_CELLS;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] <= u) lo = mid;
      else hi = mid;
    }
    const span = cdf[hi] - cdf[lo];
    const within = span > 0 ? (u - cdf[lo]) / span : 0;
    return (lo + Math.min(1, Math.max(0, within))) / PERT_CELLS;
  }
}

/** The PERT-beta shape parameters of a three-point estimate (a ≤ m ≤ b, a < b). */
export function pertShape(a: number, m: number, b: number): { alpha: number; beta: number } {
  const width = b - a;
  return { alpha: 1 + (4 * (m - a)) / width, beta: 1 + (4 * (b - m)) / width };
}

/**
 * Standard normal CDF Φ(z), by the complementary error function of Numerical Recipes (erfcc,
 * fractional error below 1.2e-7 everywhere).
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}
