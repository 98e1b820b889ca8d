// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679618702029, -0.483191766344, 0.604231285854, 0.849345449833, 0.971391123706, 0.900372598936, 0.504529828194, 1.786410901, 0.599628821159, 0.336987035399],
  scales: [0.251320603119, 0.487145014995, 0.271582488755, 0.246635397541, 0.141714363292, 0.21941005988, 0.279689368521, 0.372926221285, 0.281030138421, 0.192215631614],
  weights: [0.76427118342, 1.24217475013, 0.331317314262, 1.06541471031, 0.307640705901, 0.901943981151, 0.639974464377, 0.311983030324, 1.41133789848, -0.118305612342],
  bias: 4.72104117759,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.639896297955,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.510252768979,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.794642726662, 0.915980397596, 0.90133013832, 0.467138235233, 1.71697186347],
    scales: [0.529642477285, 0.241131987721, 0.216617007789, 0.285351831849, 0.367519281228],
    weights: [2.42944234796, 0.395942603146, 0.946438230943, 0.304690431712, 0.694620510416],
    bias: 2.49731083273,
    threshold: 0.65862308071,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.388289483451, -1.04499890211, 0.337386425103, 0.992264064553, 0.378872780741, 0.8923553929, 0.371702338671, 1.87280414761, 0.432624820674],
    scales: [0.165058446109, 0.463443470118, 0.168449932635, 0.084472579696, 0.364896790522, 0.215907474018, 0.264831333734, 0.329104107525, 0.233294386754],
    weights: [0.142173239254, 0.549303921688, 1.05341390022, 0.731609459907, 0.296321949748, 0.450576247737, 0.166024404905, 0.22401854699, -0.398384048005],
    bias: 2.34075666812,
    threshold: 0.631636358241,
  },
};
