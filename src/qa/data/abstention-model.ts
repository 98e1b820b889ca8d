// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679606882801, -0.483213123949, 0.604197964808, 0.849345449833, 0.971391123706, 0.900372598936, 0.504494461875, 1.786410901, 0.599596621215, 0.33692922821],
  scales: [0.25132546791, 0.487151117755, 0.271543780782, 0.246635397541, 0.141714363292, 0.21941005988, 0.279830845461, 0.372926221285, 0.281032003679, 0.192166591926],
  weights: [0.769045251143, 1.24460807396, 0.323016156337, 1.06574658156, 0.307451127535, 0.901362642731, 0.645636212707, 0.314593388881, 1.41097647197, -0.11020567445],
  bias: 4.71776785902,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.639143889941,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.50951870423,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.794711473035, 0.915980397596, 0.90133013832, 0.467111472051, 1.71697186347],
    scales: [0.529583351134, 0.241131987721, 0.216617007789, 0.285326938007, 0.367519281228],
    weights: [2.42925281634, 0.395943265007, 0.94647688223, 0.30467968802, 0.694649292611],
    bias: 2.49704069458,
    threshold: 0.658625995155,
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
