// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679294779081, -0.483454972412, 0.603789605949, 0.65079526496, 0.848724733403, 0.970859844794, 0.895268147772, 0.50566050243, 1.78898468578, 0.597829600722, 0.336860857349],
  scales: [0.251009590697, 0.48652943372, 0.271362837233, 0.437100372139, 0.246518800902, 0.142969438102, 0.227980910962, 0.280884344689, 0.372826687116, 0.280307225502, 0.191155170953],
  weights: [0.702280777706, 1.18903167691, 0.333785497477, 0.0120477331316, 1.11292524763, 0.328996750429, 0.88215011769, 0.686325358519, 0.304898749216, 1.42495822701, -0.105408508103],
  bias: 4.70149429112,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.621958678666,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.495815395135,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813208609748, 0.914078549545, 0.899255796207, 0.463446700974, 1.72182971495],
    scales: [0.530868265162, 0.243158979138, 0.220573279435, 0.290566677075, 0.365317355474],
    weights: [2.36717015977, 0.372690540578, 0.965863769738, 0.410064639652, 0.539409989091],
    bias: 2.55890159162,
    threshold: 0.662002831095,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.380593587199, -1.06662926647, 0.330225051345, 0.992264064553, 0.374377364516, 0.890033172698, 0.368259004871, 1.87451486634, 0.436201228506],
    scales: [0.164096681162, 0.465800095325, 0.166476572473, 0.084472579696, 0.362482499026, 0.219503613362, 0.265400905316, 0.328852094286, 0.231159976805],
    weights: [0.0181469876646, 0.564444888076, 1.19530322583, 0.769294882613, 0.302284066545, 0.440208871604, 0.169710136565, 0.228392936623, -0.458330848088],
    bias: 2.39284521966,
    threshold: 0.620075723891,
  },
};
