// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67925123022, -0.483598729874, 0.603803738504, 0.848969172721, 0.971391123706, 0.899818761296, 0.504232954182, 1.78662171989, 0.598696788571, 0.336639708841],
  scales: [0.251116589161, 0.486680054356, 0.271227357234, 0.24667882658, 0.141714363292, 0.220061350714, 0.279900286835, 0.372989367903, 0.280821613881, 0.191740044012],
  weights: [0.759064518203, 1.24761196005, 0.337676764419, 1.06979649069, 0.311174033065, 0.90603423904, 0.637650195228, 0.320639826084, 1.3992263359, -0.114528213257],
  bias: 4.71266642758,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638156373808,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.512986748779,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805661708651, 0.915296170728, 0.900471506495, 0.463934061135, 1.71919958297],
    scales: [0.526886917018, 0.241356175644, 0.217723707416, 0.285365146252, 0.365063606002],
    weights: [2.39068345281, 0.372216832826, 0.935647701913, 0.33492510083, 0.670429520806],
    bias: 2.49165226939,
    threshold: 0.659893716014,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05331466396, 0.335035299849, 0.992264064553, 0.380621226456, 0.891039517286, 0.37083467649, 1.87304286651, 0.436429350791],
    scales: [0.46432333333, 0.168535166464, 0.084472579696, 0.36460812516, 0.218128733895, 0.263661507688, 0.328979086281, 0.232284916013],
    weights: [0.62241283772, 1.11203273076, 0.753393944888, 0.329498614951, 0.416228660801, 0.202642815876, 0.245889610054, -0.372718108131],
    bias: 2.34330111959,
    threshold: 0.629122445732,
  },
};
