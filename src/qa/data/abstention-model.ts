// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, hi-unanswerable, en-unanswerable (1932 questions)
import type { AbstentionModel } from '../abstain.js';

export const ABSTENTION_MODEL: AbstentionModel = {
  features: ['coverage', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
  means: [0.506691120294, 0.476347868645, 0.784664254897, 0.90048680344, 0.759070501967, 0.40184296653, 1.79724292823],
  scales: [0.2778337256, 0.287297640566, 0.254190318176, 0.269230858672, 0.380189321685, 0.297100906327, 0.362066708475],
  weights: [3.36544772459, 0.758532410246, 0.0402575214252, 0.591868374643, 0.588199982135, 0.527171158971, 0.622957144357],
  bias: 0.607838821751,
  threshold: 0.187168297164,
};
