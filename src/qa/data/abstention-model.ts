// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67925123022, -0.483598729874, 0.603803738504, 0.848969172721, 0.971391123706, 0.899818761296, 0.5042329221, 1.78662171989, 0.598696788571, 0.336639708841],
  scales: [0.251116589161, 0.486680054356, 0.271227357234, 0.24667882658, 0.141714363292, 0.220061350714, 0.27990033605, 0.372989367903, 0.280821613881, 0.191740044012],
  weights: [0.759065997668, 1.24761237865, 0.337674900788, 1.06979647896, 0.311174007209, 0.906034455999, 0.637650499932, 0.32063945993, 1.39922655679, -0.114528365762],
  bias: 4.71266681979,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638156464703,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.51298634761,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805661708651, 0.915296170728, 0.900471506495, 0.46393347171, 1.71919958297],
    scales: [0.526886917018, 0.241356175644, 0.217723707416, 0.28536465145, 0.365063606002],
    weights: [2.39068404535, 0.37221664837, 0.935647945882, 0.334924403216, 0.670429668942],
    bias: 2.49165195217,
    threshold: 0.659892537932,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05331466396, 0.335035299849, 0.992264064553, 0.380621226456, 0.891039517286, 0.370835096895, 1.87304286651, 0.436429350791],
    scales: [0.46432333333, 0.168535166464, 0.084472579696, 0.36460812516, 0.218128733895, 0.263661346819, 0.328979086281, 0.232284916013],
    weights: [0.62241292396, 1.11202896143, 0.753395264495, 0.329498986241, 0.416228685889, 0.202650543477, 0.245888616992, -0.372716157545],
    bias: 2.34330200097,
    threshold: 0.629122207057,
  },
};
