// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679453665922, -0.483329985187, 0.60401400824, 0.849231654112, 0.971391123706, 0.899818761296, 0.50434006801, 1.78662171989, 0.599059037937, 0.336755628638],
  scales: [0.251203230759, 0.486777582563, 0.271395250158, 0.246595590932, 0.141714363292, 0.220061350714, 0.279962679084, 0.372989367903, 0.281025439816, 0.191717856511],
  weights: [0.760524559376, 1.24947630331, 0.33414195726, 1.06903312575, 0.310890347548, 0.907101172772, 0.639215916931, 0.321919680537, 1.40077041874, -0.111987163681],
  bias: 4.71495137329,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.637884761869,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.512705773509,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805661708651, 0.915296170728, 0.900471506495, 0.463935767393, 1.71919958297],
    scales: [0.526886917018, 0.241356175644, 0.217723707416, 0.285372549829, 0.365063606002],
    weights: [2.39065588498, 0.372206691906, 0.93565129378, 0.334946319411, 0.670425709383],
    bias: 2.49164380473,
    threshold: 0.659890957803,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05331259185, 0.335023042076, 0.992264064553, 0.380621226456, 0.891039517286, 0.370850533053, 1.87304286651, 0.436552807581],
    scales: [0.464320551452, 0.168548684997, 0.084472579696, 0.36460812516, 0.218128733895, 0.263663520134, 0.328979086281, 0.232424925811],
    weights: [0.618157911962, 1.11803925832, 0.753699169878, 0.328992269838, 0.416226522661, 0.200982036814, 0.246728361286, -0.375302727165],
    bias: 2.34479093991,
    threshold: 0.628754637165,
  },
};
