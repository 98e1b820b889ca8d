// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679306048685, -0.483523384136, 0.603986460197, 0.848969316416, 0.971391123706, 0.899586921702, 0.504246208475, 1.78662171989, 0.598793388402, 0.336639708841],
  scales: [0.251128157127, 0.486705166437, 0.271250740516, 0.246678887883, 0.141714363292, 0.220166364849, 0.279772432836, 0.372989367903, 0.280816312341, 0.191740044012],
  weights: [0.759014692754, 1.24708432057, 0.33793912823, 1.06951238682, 0.311068507432, 0.905591490377, 0.637249848725, 0.320201274285, 1.39912166985, -0.114795658277],
  bias: 4.71226643587,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638187870181,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.512874314716,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805593496066, 0.915296170728, 0.900471506495, 0.463995936557, 1.71919958297],
    scales: [0.526846964445, 0.241356175644, 0.217723707416, 0.285534455442, 0.365063606002],
    weights: [2.3899017078, 0.372829277836, 0.935501862022, 0.335902671092, 0.669677705704],
    bias: 2.49151836874,
    threshold: 0.659714806527,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05320822516, 0.335185195771, 0.992264064553, 0.381066879019, 0.891039517286, 0.370985758163, 1.87304286651, 0.436044028207],
    scales: [0.464212454033, 0.16836965192, 0.084472579696, 0.364284703016, 0.218128733895, 0.263642124989, 0.328979086281, 0.231846963074],
    weights: [0.597584578279, 1.16277638925, 0.751487689905, 0.331149797118, 0.414444032942, 0.18858216847, 0.250571860415, -0.380842942092],
    bias: 2.35624048416,
    threshold: 0.628669562495,
  },
};
