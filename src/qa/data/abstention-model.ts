// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679606882801, -0.483213123949, 0.604197964808, 0.849345449833, 0.971391123706, 0.900372598936, 0.504637946433, 1.786410901, 0.599596621215, 0.33692922821],
  scales: [0.25132546791, 0.487151117755, 0.271543780782, 0.246635397541, 0.141714363292, 0.21941005988, 0.279736054478, 0.372926221285, 0.281032003679, 0.192166591926],
  weights: [0.768957697251, 1.24455638758, 0.322951702567, 1.06574599717, 0.307471215241, 0.901329112584, 0.64559503846, 0.314605039108, 1.41089955134, -0.110158793328],
  bias: 4.71796110073,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.639143438663,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509490447708,
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
    means: [0.388248868695, -1.04505602976, 0.33718367934, 0.992264064553, 0.378130676323, 0.8923553929, 0.371229722192, 1.87280414761, 0.432254450304],
    scales: [0.165014331264, 0.463330008103, 0.16850201899, 0.084472579696, 0.364824777352, 0.215907474018, 0.264967649239, 0.329104107525, 0.23220641671],
    weights: [0.126177435951, 0.542647884435, 1.08998109751, 0.738544966279, 0.293680809735, 0.450312045101, 0.153353214653, 0.228966770477, -0.404961844195],
    bias: 2.34246023006,
    threshold: 0.632220758702,
  },
};
