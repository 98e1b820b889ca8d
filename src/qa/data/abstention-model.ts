// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679546847109, -0.483276194988, 0.60417950335, 0.849286924263, 0.971391123706, 0.899504409019, 0.504403884446, 1.78630864295, 0.599601774625, 0.336929533629],
  scales: [0.251311339601, 0.487041636594, 0.27151724247, 0.24670800533, 0.141714363292, 0.220986921625, 0.279818155472, 0.372829696138, 0.281023464339, 0.192046486328],
  weights: [0.768969959467, 1.24461136423, 0.323200419439, 1.06607135385, 0.307152385733, 0.902066732847, 0.645917618949, 0.314946977884, 1.4107603, -0.109121299884],
  bias: 4.71427649537,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638836948258,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509082780879,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.799083286456, 0.915995557919, 0.899385818541, 0.467276832462, 1.71678964534],
    scales: [0.530103424201, 0.24110349067, 0.219639303517, 0.28513340774, 0.367310263368],
    weights: [2.39137365925, 0.376202085822, 0.933650139722, 0.313639517697, 0.668230248773],
    bias: 2.48643849558,
    threshold: 0.66485659599,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.387480940622, -1.0474485656, 0.336873537794, 0.992264064553, 0.378705792259, 0.891176996828, 0.370991598385, 1.87280414761, 0.434981612818],
    scales: [0.165198112806, 0.46406054945, 0.169042451628, 0.084472579696, 0.364533795505, 0.218065224455, 0.263752340289, 0.329104107525, 0.23332809242],
    weights: [0.0781343099855, 0.534757989074, 1.15380514099, 0.750135768252, 0.310490025215, 0.423238749836, 0.183675867644, 0.230816786117, -0.38910189571],
    bias: 2.36123125556,
    threshold: 0.626926897056,
  },
};
