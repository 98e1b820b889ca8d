// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679613166705, -0.483175245694, 0.604206246533, 0.849327541718, 0.971391123706, 0.899504409019, 0.504438913685, 1.78630864295, 0.599601774625, 0.33692922821],
  scales: [0.251307064968, 0.487055206616, 0.271534673926, 0.24670473501, 0.141714363292, 0.220986921625, 0.279839158689, 0.372829696138, 0.281023464339, 0.192166591926],
  weights: [0.772031526634, 1.24499628732, 0.318330039434, 1.06628559988, 0.306617339698, 0.901389876538, 0.645533792298, 0.311665899954, 1.40992565737, -0.112220891113],
  bias: 4.71328813546,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638755775312,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.508963892515,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.794559479579, 0.915980397596, 0.899783072352, 0.467107090178, 1.71678964534],
    scales: [0.529488372776, 0.241131987721, 0.219459114753, 0.285314277694, 0.367310263368],
    weights: [2.43259281177, 0.387541319356, 0.937963287455, 0.305126686372, 0.698702224006],
    bias: 2.49818883309,
    threshold: 0.661510636213,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.388414524588, -1.04449720217, 0.337337355589, 0.992264064553, 0.378130676323, 0.8923553929, 0.371706154086, 1.87280414761, 0.431206987129],
    scales: [0.164938477228, 0.463080450156, 0.168443791793, 0.084472579696, 0.364824777352, 0.215907474018, 0.264936701681, 0.329104107525, 0.231672299871],
    weights: [0.127902780229, 0.534249536283, 1.09191167346, 0.737932133857, 0.295921379905, 0.449974096705, 0.153620533411, 0.226078717047, -0.413131242675],
    bias: 2.34552685631,
    threshold: 0.629236198808,
  },
};
