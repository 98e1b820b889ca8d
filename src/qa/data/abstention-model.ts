// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679403480604, -0.483409977343, 0.603967583959, 0.849233100151, 0.971391123706, 0.899818761296, 0.504320050242, 1.78662171989, 0.598986588064, 0.336639708841],
  scales: [0.251214042947, 0.486774544128, 0.271387427838, 0.246595887127, 0.141714363292, 0.220061350714, 0.279956660123, 0.372989367903, 0.281034855437, 0.191740044012],
  weights: [0.759709524424, 1.24913467148, 0.337318982809, 1.06867783767, 0.310712156602, 0.905650071119, 0.637982301132, 0.320969773931, 1.40069019394, -0.11379094002],
  bias: 4.71608893625,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638181742809,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.51260280413,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805661708651, 0.915296170728, 0.900471506495, 0.46393706482, 1.71919958297],
    scales: [0.526886917018, 0.241356175644, 0.217723707416, 0.285364110975, 0.365063606002],
    weights: [2.39064498557, 0.37222027545, 0.935652100264, 0.335011407796, 0.670414673948],
    bias: 2.49166787014,
    threshold: 0.659874427411,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05331466396, 0.335035299849, 0.992264064553, 0.380621226456, 0.891039517286, 0.370834256616, 1.87304286651, 0.436429350791],
    scales: [0.46432333333, 0.168535166464, 0.084472579696, 0.36460812516, 0.218128733895, 0.263660865517, 0.328979086281, 0.232284916013],
    weights: [0.62241318825, 1.11203316791, 0.753402599594, 0.329498392814, 0.416228637275, 0.20264164026, 0.245889413725, -0.37271825311],
    bias: 2.34330043885,
    threshold: 0.629122566645,
  },
};
