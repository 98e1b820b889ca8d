// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679610107468, -0.48318807995, 0.604201770995, 0.849319600304, 0.971391123706, 0.899504409019, 0.50443329139, 1.78630864295, 0.599601774625, 0.33692922821],
  scales: [0.251317811256, 0.48707239877, 0.271536283905, 0.246704576063, 0.141714363292, 0.220986921625, 0.279850508792, 0.372829696138, 0.281023464339, 0.192166591926],
  weights: [0.768879077727, 1.24394111141, 0.323338062246, 1.06578331717, 0.30722937119, 0.901906117607, 0.64507819122, 0.314522346924, 1.4107719203, -0.110370908885],
  bias: 4.71441161694,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638922790857,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509253022247,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.794542299325, 0.915980397596, 0.899783072352, 0.467100957437, 1.71678964534],
    scales: [0.529473685026, 0.241131987721, 0.219459114753, 0.285317367952, 0.367310263368],
    weights: [2.43349345206, 0.387304725912, 0.938157982364, 0.304616212964, 0.698902614797],
    bias: 2.49838968977,
    threshold: 0.661552283088,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.388248868695, -1.04505602976, 0.33718367934, 0.992264064553, 0.378130676323, 0.8923553929, 0.371417988762, 1.87280414761, 0.43199258451],
    scales: [0.165014331264, 0.463330008103, 0.16850201899, 0.084472579696, 0.364824777352, 0.215907474018, 0.264982185828, 0.329104107525, 0.231904128005],
    weights: [0.123375109972, 0.543130457986, 1.08878978333, 0.738843358905, 0.293907877046, 0.450047497735, 0.155206836347, 0.228642886169, -0.406013282796],
    bias: 2.34209343726,
    threshold: 0.631567238401,
  },
};
