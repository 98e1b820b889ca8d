// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679306048685, -0.483523384136, 0.603986460197, 0.848969316416, 0.971391123706, 0.899586921702, 0.504246616002, 1.78662171989, 0.598793388402, 0.336639708841],
  scales: [0.251128157127, 0.486705166437, 0.271250740516, 0.246678887883, 0.141714363292, 0.220166364849, 0.279771793572, 0.372989367903, 0.280816312341, 0.191740044012],
  weights: [0.759023664034, 1.2470886915, 0.33792844234, 1.06950678535, 0.311067028125, 0.905588369636, 0.637268082359, 0.320207444101, 1.39911606405, -0.114787593608],
  bias: 4.71226576429,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.63818642556,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.512869420342,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805593496066, 0.915296170728, 0.900471506495, 0.463991577256, 1.71919958297],
    scales: [0.526846964445, 0.241356175644, 0.217723707416, 0.285539991246, 0.365063606002],
    weights: [2.38995159698, 0.372824471689, 0.935482888206, 0.335782341232, 0.66969138303],
    bias: 2.49149829111,
    threshold: 0.659746359425,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05320822516, 0.335185195771, 0.992264064553, 0.381066879019, 0.891039517286, 0.370984911167, 1.87304286651, 0.436044028207],
    scales: [0.464212454033, 0.16836965192, 0.084472579696, 0.364284703016, 0.218128733895, 0.263642681725, 0.328979086281, 0.231846963074],
    weights: [0.597584540475, 1.16278489175, 0.75148466906, 0.331148927376, 0.414443956699, 0.188564617604, 0.250574030017, -0.380847368867],
    bias: 2.3562385875,
    threshold: 0.62866712546,
  },
};
