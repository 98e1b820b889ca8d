// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.666070743085, -0.505888911901, 0.594507327966, 0.859320989589, 0.965225888724, 0.896162053414, 0.503812157027, 1.78796394088, 0.596941652095, 0.344027394411],
  scales: [0.250495969268, 0.492681345646, 0.27137525014, 0.234182860168, 0.159931512749, 0.229522962141, 0.284563873109, 0.37648691153, 0.278635978027, 0.196748213049],
  weights: [0.745862273987, 1.22613411692, 0.133780724657, 0.926446870964, 0.398165923075, 0.861049579667, 0.584059011582, 0.218676978206, 1.52634050116, -0.158621725392],
  bias: 4.51931457187,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.693984397221,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.426635140972,
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
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.13136241908, 0.311608834305, 0.612472411891, 0.992264064553, 0.370475063059, 0.886015270453, 0.3690795065, 1.8827716129, 0.436012204239],
    scales: [0.482141093823, 0.161438302895, 0.232597280591, 0.084472579696, 0.361522892743, 0.227025756491, 0.263944690031, 0.330312267295, 0.23288504719],
    weights: [0.246946134252, 1.37146599793, 0.179773226592, 0.761171573043, 0.323746862735, 0.427550798637, 0.18114947065, 0.221822566975, -0.38952878354],
    bias: 2.36201367489,
    threshold: 0.60761296343,
  },
};
