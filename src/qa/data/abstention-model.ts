// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679610107468, -0.48318807995, 0.604201770995, 0.849319600304, 0.971391123706, 0.899504409019, 0.504455028224, 1.78630864295, 0.599601774625, 0.33692922821],
  scales: [0.251317811256, 0.48707239877, 0.271536283905, 0.246704576063, 0.141714363292, 0.220986921625, 0.279854832615, 0.372829696138, 0.281023464339, 0.192166591926],
  weights: [0.768867015246, 1.24394820897, 0.323306497205, 1.065790021, 0.307229352506, 0.901893156089, 0.645105570657, 0.314521454659, 1.41074692365, -0.110357744068],
  bias: 4.71440435218,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638912614182,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.50924934092,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.794542299325, 0.915980397596, 0.899783072352, 0.46707661707, 1.71678964534],
    scales: [0.529473685026, 0.241131987721, 0.219459114753, 0.285297871122, 0.367310263368],
    weights: [2.43357510439, 0.387296691994, 0.938174071369, 0.304469638021, 0.698916564203],
    bias: 2.49838658008,
    threshold: 0.661576509351,
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
