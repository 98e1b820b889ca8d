// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679407028734, -0.483406620743, 0.60397078992, 0.849231895943, 0.971391123706, 0.899818761296, 0.504347606732, 1.78662171989, 0.598986588064, 0.336581990654],
  scales: [0.251216428418, 0.486780290111, 0.271392355024, 0.246597768522, 0.141714363292, 0.220061350714, 0.279927879995, 0.372989367903, 0.281034855437, 0.191690853791],
  weights: [0.759979619963, 1.24969319333, 0.337066203364, 1.06851879823, 0.310565214502, 0.905618088526, 0.637718198759, 0.320956787634, 1.40079974239, -0.113217550186],
  bias: 4.71591634058,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638244554897,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.512595000974,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805537835662, 0.915432485589, 0.900471506495, 0.463833627948, 1.71919958297],
    scales: [0.526739398553, 0.241334482659, 0.217723707416, 0.285288882309, 0.365063606002],
    weights: [2.39286759763, 0.367362599422, 0.935830224593, 0.330159586535, 0.667776494707],
    bias: 2.48942192033,
    threshold: 0.659900449306,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05324928338, 0.335175430539, 0.992264064553, 0.380907932759, 0.891039517286, 0.370782220442, 1.87304286651, 0.436305894001],
    scales: [0.464271749408, 0.168386078987, 0.084472579696, 0.364394745239, 0.218128733895, 0.263745656522, 0.328979086281, 0.232144756118],
    weights: [0.600304891164, 1.15656925454, 0.753389059531, 0.333457954269, 0.415475949469, 0.196625727093, 0.250363448829, -0.372583333712],
    bias: 2.35542212472,
    threshold: 0.63075556686,
  },
};
