// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679639861208, -0.483133638943, 0.604037063521, 0.849327541718, 0.971391123706, 0.899504409019, 0.504478013024, 1.78630864295, 0.599408574963, 0.33692922821],
  scales: [0.251305407875, 0.487057106583, 0.271594774274, 0.24670473501, 0.141714363292, 0.220986921625, 0.279801302954, 0.372829696138, 0.281091864417, 0.192166591926],
  weights: [0.772341933918, 1.24400201959, 0.319941288478, 1.06636635586, 0.30846210766, 0.901095874776, 0.644568131911, 0.311368243743, 1.40924203082, -0.112556939584],
  bias: 4.71145638685,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638649341111,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509017509494,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.79445528289, 0.915980397596, 0.899783072352, 0.467148800092, 1.71678964534],
    scales: [0.529447352633, 0.241131987721, 0.219459114753, 0.285323853694, 0.367310263368],
    weights: [2.43248416239, 0.387209065747, 0.937630336908, 0.3047956313, 0.698387295653],
    bias: 2.49813256861,
    threshold: 0.66144174026,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.388414524588, -1.04449720217, 0.337337355589, 0.992264064553, 0.378130676323, 0.8923553929, 0.371763542796, 1.87280414761, 0.431206987129],
    scales: [0.164938477228, 0.463080450156, 0.168443791793, 0.084472579696, 0.364824777352, 0.215907474018, 0.264874756794, 0.329104107525, 0.231672299871],
    weights: [0.128031058275, 0.534144937447, 1.09299871385, 0.737517035687, 0.295883850523, 0.449915326695, 0.151438275069, 0.226383548843, -0.413745912659],
    bias: 2.34537328863,
    threshold: 0.629353061598,
  },
};
