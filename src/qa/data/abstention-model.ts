// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from an article in their own language; across: from another language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
    means: [0.510683456216, -0.841895818903, 0.452297126192, 0.79556590146, 0.897787407594, 0.75184141624, 0.399114056975, 1.80967679153],
    scales: [0.277782375039, 0.608432012927, 0.283698297038, 0.246058892977, 0.272282293953, 0.385501197501, 0.293161283226, 0.363173338512],
    weights: [1.52651041586, 1.20863074778, 1.6618758657, 0.189386290112, 0.541388615916, 0.487205141613, 0.341136068782, 0.816924013],
    bias: 0.427024268196,
    threshold: 0.18437924565,
  },
  across: {
    features: ['coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-1.24486294615, 0.288880070857, 0.69677697125, 0.865634050201, 0.766440515794, 0.343027866936, 1.82866899852],
    scales: [0.589904733666, 0.196567621947, 0.254461215273, 0.308419352197, 0.365177952669, 0.278246475806, 0.333004045394],
    weights: [1.43334292927, 0.104975984632, 0.132170301184, 0.229358301652, 0.330520857927, 0.462832594134, 0.293224849497],
    bias: 0.0209067128365,
    threshold: 0.250922317702,
  },
};
