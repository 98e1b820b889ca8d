// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679301444135, -0.483530201442, 0.603980415744, 0.848969172721, 0.971391123706, 0.899586921702, 0.504236645294, 1.78662171989, 0.598793388402, 0.336639708841],
  scales: [0.25112790583, 0.48670407915, 0.271251242934, 0.24667882658, 0.141714363292, 0.220166364849, 0.279770504363, 0.372989367903, 0.280816312341, 0.191740044012],
  weights: [0.759022934328, 1.24714950234, 0.337894048034, 1.06950229868, 0.311076444247, 0.905565566691, 0.637245352576, 0.320271104119, 1.39913787488, -0.114803321523],
  bias: 4.71225386121,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638177100842,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.512876148393,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805646356904, 0.915296170728, 0.900471506495, 0.4639071662, 1.71919958297],
    scales: [0.526874666357, 0.241356175644, 0.217723707416, 0.285474590104, 0.365063606002],
    weights: [2.38988877708, 0.372109908034, 0.935663460956, 0.336426786766, 0.670206900485],
    bias: 2.49188636497,
    threshold: 0.65959019236,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05320822516, 0.335185195771, 0.992264064553, 0.381066879019, 0.891039517286, 0.370983344853, 1.87304286651, 0.436044028207],
    scales: [0.464212454033, 0.16836965192, 0.084472579696, 0.364284703016, 0.218128733895, 0.263643954169, 0.328979086281, 0.231846963074],
    weights: [0.597585429674, 1.16276264641, 0.751485971266, 0.331158197336, 0.414444640138, 0.188576649467, 0.250570250217, -0.38085011388],
    bias: 2.35623489893,
    threshold: 0.628665906184,
  },
};
