// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, hi-unanswerable, en-unanswerable (1932 questions)
import type { AbstentionModel } from '../abstain.js';

export const ABSTENTION_MODEL: AbstentionModel = {
  features: ['coverage', 'passage', 'named', 'typed', 'margin', 'units'],
  means: [0.505501884198, 0.475454440767, 0.90048680344, 0.759070501967, 0.40176457358, 1.79768432567],
  scales: [0.277311707774, 0.286572300015, 0.269230858672, 0.380189321685, 0.297081010967, 0.361389459077],
  weights: [3.30669262782, 0.799674078213, 0.586038041859, 0.592640965684, 0.519167928706, 0.590761204009],
  bias: 0.617691453674,
  threshold: 0.182167189624,
};
