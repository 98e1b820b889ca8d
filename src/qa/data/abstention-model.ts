// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679148207816, -0.483851543738, 0.603947912491, 0.848856960523, 0.971309617021, 0.900410468767, 0.506419437265, 1.78716971232, 0.598573376557, 0.336513233714],
  scales: [0.251167984978, 0.48698284007, 0.271265366109, 0.246697052368, 0.141732949731, 0.218478277416, 0.280720330007, 0.372533142681, 0.2806542461, 0.191646242458],
  weights: [0.727493149943, 1.2304966051, 0.383591754399, 1.07432306709, 0.327011912402, 0.895120259782, 0.648044222423, 0.324974100473, 1.36418814232, -0.135617338386],
  bias: 4.70822103015,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.6311147454,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509427456226,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.808397798869, 0.914229202394, 0.900655479034, 0.468319557679, 1.71977726075],
    scales: [0.526740145075, 0.242622063785, 0.218442578707, 0.285228542975, 0.36458822915],
    weights: [2.38083993527, 0.358851408752, 0.938342291654, 0.3335227604, 0.662937539224],
    bias: 2.48925064968,
    threshold: 0.64268673168,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.382611800347, -1.06057006181, 0.33270412364, 0.992264064553, 0.376716950901, 0.890885196298, 0.368487220523, 1.87304286651, 0.437955688913],
    scales: [0.164088464921, 0.464410071583, 0.166876031175, 0.084472579696, 0.363532595391, 0.218140026598, 0.263727082237, 0.328979086281, 0.232459213427],
    weights: [0.0935823528644, 0.533174556633, 1.17752574945, 0.762750951817, 0.311577384402, 0.43187067999, 0.182678681388, 0.231435499544, -0.388135346976],
    bias: 2.38509629353,
    threshold: 0.628592850902,
  },
};
