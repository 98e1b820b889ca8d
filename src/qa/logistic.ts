/**
 * Logistic regression, fitted by Newton's method (iteratively reweighted least squares) with an L2
 * penalty: deterministic, so the same examples always give the same weights, and quick for the few
 * features abstention uses. Features are standardized before fitting; the model keeps the means and
 * scales, so it applies to raw feature values.
 */

export interface Example {
  x: readonly number[];
  /** 1 or 0. */
  y: number;
  /** How much the example counts in the fit (class balance); 1 by default. */
  weight?: number;
}

export interface LogisticModel {
  means: number[];
  scales: number[];
  /** One weight per standardized feature. */
  weights: number[];
  bias: number;
}

export interface FitOptions {
  /** The L2 penalty on the weights (not the bias), per unit of total example weight. */
  l2?: number;
  iterations?: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * How far from the mean, in standard deviations, a feature may pull: a value far outside what the fit
 * saw (a question padded with hundreds of words) says no more than one at the edge of it.
 */
export const MAX_STANDARD_SCORE = 3;

const standard = (v: number, mean: number, scale: number) => Math.max(-MAX_STANDARD_SCORE, Math.min(MAX_STANDARD_SCORE, (v - mean) / scale));

/** The model's probability that an example with these raw features is a 1. */
export function probability(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j]! * standard(x[j]!, model.means[j]!, model.scales[j]!);
  return sigmoid(z);
}

/** Solve A·v = b for a small symmetric positive definite A (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / p;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/** Fit a logistic regression to the examples. */
export function fitLogistic(examples: readonly Example[], opts: FitOptions = {}): LogisticModel {
  if (examples.length === 0) throw new Error('no examples to fit');
  const d = examples[0]!.x.length;
  const weightOf = (e: Example) => e.weight ?? 1;
  const total = examples.reduce((s, e) => s + weightOf(e), 0);
  const means = Array.from({ length: d }, (_, j) => examples.reduce((s, e) => s + weightOf(e) * e.x[j]!, 0) / total);
  const scales = means.map((mean, j) => {
    const variance = examples.reduce((s, e) => s + weightOf(e) * (e.x[j]! - mean) ** 2, 0) / total;
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  const rows = examples.map((e) => [1, ...e.x.map((v, j) => standard(v, means[j]!, scales[j]!))]);
  const l2 = (opts.l2 ?? 1e-3) * total;
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < (opts.iterations ?? 50); it++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    examples.forEach((e, i) => {
      const row = rows[i]!;
      const p = sigmoid(row.reduce((s, v, k) => s + v * beta[k]!, 0));
      const w = weightOf(e);
      const h = w * p * (1 - p);
      for (let a = 0; a <= d; a++) {
        gradient[a]! += w * (e.y - p) * row[a]!;
        for (let b = 0; b <= d; b++) hessian[a]![b]! += h * row[a]! * row[b]!;
      }
    });
    for (let a = 1; a <= d; a++) {
      gradient[a]! -= l2 * beta[a]!;
      hessian[a]![a]! += l2;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((v, k) => v + step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { means, scales, weights: beta.slice(1), bias: beta[0]! };
}
