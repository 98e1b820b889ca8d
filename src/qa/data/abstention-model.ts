// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.666070743085, -0.505888911901, 0.919517378002, 0.965225888724, 0.896162053414, 0.503812157027, 1.78796394088, 0.596941652095],
  scales: [0.250495969268, 0.492681345646, 0.173738378169, 0.159931512749, 0.229522962141, 0.284563873109, 0.37648691153, 0.278635978027],
  weights: [0.900656765043, 1.51352682565, 0.547977114122, 0.417811007472, 0.809030097895, 0.561179802846, 0.532343649442, 1.73095997683],
  bias: 4.49037838616,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.653533612553,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.404334702137,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.850413441175, 0.901429176214, 0.894730927494, 0.463776239621, 1.75120560764],
    scales: [0.52023847037, 0.260408756431, 0.22525511052, 0.292584625163, 0.343875313333],
    weights: [2.24700922345, 0.230103063593, 0.963076766321, 0.436225721588, 0.396370121719],
    bias: 2.54992688877,
    threshold: 0.644732310625,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [0.359523729461, -1.13136241908, 0.311608834305, 0.812965068555, 0.612472411891, 0.992264064553, 0.370475063059, 0.886015270453, 0.3690795065, 1.8827716129],
    scales: [0.161997790819, 0.482141093823, 0.161438302895, 0.210070652433, 0.232597280591, 0.084472579696, 0.361522892743, 0.227025756491, 0.263944690031, 0.330312267295],
    weights: [0.0868558578001, 0.387427202642, 1.17248873446, 0.0544352553586, 0.149955414007, 0.766383893495, 0.342095581382, 0.44630822572, 0.360016950672, 0.250634182597],
    bias: 2.31131991456,
    threshold: 0.597072486282,
  },
};
