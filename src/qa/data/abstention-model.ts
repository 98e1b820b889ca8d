// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, hi-unanswerable, en-unanswerable (1932 questions)
import type { AbstentionModel } from '../abstain.js';

export const ABSTENTION_MODEL: AbstentionModel = {
  features: ['coverage', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
  means: [0.506418116923, 0.476595977785, 0.782756273638, 0.900766657504, 0.762134440327, 0.401769894918, 1.79910089936],
  scales: [0.277560273837, 0.287451587003, 0.254744631204, 0.269026882857, 0.37759779736, 0.297376172622, 0.359674063802],
  weights: [3.33392094445, 0.919791252925, 0.0128628025668, 0.574702532571, 0.579527697322, 0.515393963316, 0.6896424563],
  bias: 0.648581006451,
  threshold: 0.181653232825,
};
