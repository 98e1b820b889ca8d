// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from an article in their own language; across: from another language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'englishQuestion'],
    means: [0.520080824441, -0.816191728721, 0.457961640021, 0.825479447758, 0.910865804729, 0.754392818663, 0.387971639548, 1.80678414586, 0.452251032378],
    scales: [0.276078449316, 0.595572702837, 0.285455073755, 0.232008368848, 0.252957021652, 0.385822143565, 0.29015818525, 0.366376060093, 0.497714814016],
    weights: [1.42481712444, 1.57489213408, 1.27438627794, 0.334257871347, 0.44817450638, 0.427744183356, 0.41153499459, 0.816752274324, -0.33205446994],
    bias: 0.240446865779,
    threshold: 0.194054100736,
  },
  across: {
    features: ['coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'englishQuestion'],
    means: [-1.15553789073, 0.309201495168, 0.759724262974, 0.883166486499, 0.75956357831, 0.338845035673, 1.8254502806, 0.543792619168],
    scales: [0.545494149769, 0.199658334842, 0.239910007384, 0.28985797769, 0.372977400175, 0.270553823333, 0.339400571126, 0.498078514399],
    weights: [1.73842804992, 0.0064173801918, 0.0781107816786, 0.209588584479, 0.446340433356, 0.507312782856, 0.35215254603, -0.253698800579],
    bias: -0.00469204176273,
    threshold: 0.276013455126,
  },
};
