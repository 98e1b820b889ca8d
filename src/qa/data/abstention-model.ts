// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, hi-unanswerable, en-unanswerable (1932 questions)
import type { AbstentionModel } from '../abstain.js';

export const ABSTENTION_MODEL: AbstentionModel = {
  features: ['coverage', 'passage', 'named', 'typed', 'margin', 'units'],
  means: [0.520656912939, 0.490861779222, 0.9193264787, 0.762291695539, 0.388241139068, 1.79446355151],
  scales: [0.273016646797, 0.286852798724, 0.239372788327, 0.379308679044, 0.291634456666, 0.365078130625],
  weights: [3.67065822038, 0.178729271109, 0.588563759522, 0.53392149171, 0.551800617874, 0.582128934928],
  bias: 0.490809667354,
  threshold: 0.171258074252,
};
