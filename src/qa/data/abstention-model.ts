// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679663240755, -0.483092832132, 0.604012701198, 0.849332831082, 0.971391123706, 0.899504409019, 0.504515648805, 1.78630864295, 0.599408574963, 0.336871421021],
  scales: [0.251301861348, 0.487039663073, 0.271633890936, 0.246697146747, 0.141714363292, 0.220986921625, 0.279809897835, 0.372829696138, 0.281091864417, 0.192358722762],
  weights: [0.784624434363, 1.25841495634, 0.282029500279, 1.06750816492, 0.308323029762, 0.900568578014, 0.654180799906, 0.314879722475, 1.41617999405, -0.0920642228532],
  bias: 4.70159023134,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.637904528498,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509497190901,
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
    means: [0.388325833983, -1.04481347995, 0.337254296372, 0.992264064553, 0.377903855449, 0.8923553929, 0.371610577663, 1.87280414761, 0.431330443919],
    scales: [0.164965806118, 0.463289573336, 0.168474903278, 0.084472579696, 0.364945553877, 0.215907474018, 0.265049176977, 0.329104107525, 0.231815460941],
    weights: [0.116922669313, 0.545846744229, 1.09047752275, 0.735109693842, 0.29940583556, 0.451456558986, 0.13779411034, 0.227768267372, -0.422470908872],
    bias: 2.34292349955,
    threshold: 0.626951303137,
  },
};
