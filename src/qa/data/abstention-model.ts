// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, hi-unanswerable, en-unanswerable (1932 questions)
import type { AbstentionModel } from '../abstain.js';

export const ABSTENTION_MODEL: AbstentionModel = {
  features: ['coverage', 'passage', 'named', 'typed', 'margin', 'units'],
  means: [0.505504095299, 0.475852934585, 0.90048680344, 0.759070501967, 0.40144610573, 1.79918086481],
  scales: [0.277022682944, 0.286570123318, 0.269230858672, 0.380189321685, 0.297031787328, 0.359079728825],
  weights: [3.29269317565, 0.932965400066, 0.58233575846, 0.597707268886, 0.516097273659, 0.656614171318],
  bias: 0.649923893905,
  threshold: 0.182918963037,
};
