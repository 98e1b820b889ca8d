// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679407028734, -0.483406620743, 0.60397078992, 0.849231895943, 0.971391123706, 0.899818761296, 0.504346837155, 1.78662171989, 0.598986588064, 0.336581990654],
  scales: [0.251216428418, 0.486780290111, 0.271392355024, 0.246597768522, 0.141714363292, 0.220061350714, 0.279928389098, 0.372989367903, 0.281034855437, 0.191690853791],
  weights: [0.759981244493, 1.24969332149, 0.337053562824, 1.06851869164, 0.310557345319, 0.905618576498, 0.637733248581, 0.320959730087, 1.40080504319, -0.113211111675],
  bias: 4.7159183273,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638244448034,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.512592180139,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805879421811, 0.915432485589, 0.900471506495, 0.463871504688, 1.71919958297],
    scales: [0.526589844821, 0.241334482659, 0.217723707416, 0.28523347831, 0.365063606002],
    weights: [2.39830187735, 0.366903368863, 0.937423671403, 0.330769155963, 0.670110202015],
    bias: 2.49228844162,
    threshold: 0.659614490846,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05324928338, 0.335175430539, 0.992264064553, 0.380907932759, 0.891039517286, 0.37077109338, 1.87304286651, 0.436305894001],
    scales: [0.464271749408, 0.168386078987, 0.084472579696, 0.364394745239, 0.218128733895, 0.263754277441, 0.328979086281, 0.232144756118],
    weights: [0.600311510336, 1.15655572751, 0.753407718659, 0.333448952689, 0.415493708456, 0.196706435527, 0.25037980855, -0.372552392826],
    bias: 2.35544573495,
    threshold: 0.630754839298,
  },
};
