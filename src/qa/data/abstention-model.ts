// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.666070743085, -0.505888911901, 0.594507327966, 0.859320989589, 0.965225888724, 0.896162053414, 0.503812157027, 1.78796394088, 0.596941652095],
  scales: [0.250495969268, 0.492681345646, 0.27137525014, 0.234182860168, 0.159931512749, 0.229522962141, 0.284563873109, 0.37648691153, 0.278635978027],
  weights: [0.797122922181, 1.28790913188, 0.0173905462009, 0.940588849704, 0.395716412939, 0.864437493609, 0.65435576714, 0.25828063661, 1.56972543538],
  bias: 4.51244923993,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.675777093189,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.427971025378,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.850413441175, 0.57302094467, 0.901429176214, 0.894730927494, 0.463776239621, 1.75120560764],
    scales: [0.52023847037, 0.295119083067, 0.260408756431, 0.22525511052, 0.292584625163, 0.343875313333],
    weights: [2.18140578936, 0.0909942438049, 0.22759368052, 0.963011939346, 0.457329065585, 0.381334216643],
    bias: 2.56028449531,
    threshold: 0.647063524702,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [0.359523729461, -1.13136241908, 0.311608834305, 0.612472411891, 0.992264064553, 0.370475063059, 0.886015270453, 0.3690795065, 1.8827716129],
    scales: [0.161997790819, 0.482141093823, 0.161438302895, 0.232597280591, 0.084472579696, 0.361522892743, 0.227025756491, 0.263944690031, 0.330312267295],
    weights: [0.0772771705843, 0.40499821239, 1.18353569668, 0.185372472378, 0.76420386676, 0.347519232939, 0.448423345591, 0.34829105121, 0.264646570626],
    bias: 2.31736334384,
    threshold: 0.591334069534,
  },
};
