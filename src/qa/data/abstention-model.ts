// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679573541611, -0.483234588237, 0.604010320337, 0.849286924263, 0.971391123706, 0.899504409019, 0.504442984279, 1.78630864295, 0.599408574963, 0.336929533629],
  scales: [0.25130968958, 0.487043545238, 0.271577330015, 0.24670800533, 0.141714363292, 0.220986921625, 0.2797803019, 0.372829696138, 0.281091864417, 0.192046486328],
  weights: [0.769282571746, 1.24361093636, 0.324813973475, 1.06615325576, 0.309000528817, 0.901771530059, 0.644950279684, 0.314645781878, 1.41007529935, -0.10945943494],
  bias: 4.71243750529,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638730267086,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509136636484,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.798979089767, 0.915995557919, 0.899385818541, 0.467318545858, 1.71678964534],
    scales: [0.530063340919, 0.24110349067, 0.219639303517, 0.285142965887, 0.367310263368],
    weights: [2.39127242432, 0.375878274481, 0.933325704893, 0.31332008975, 0.667926416137],
    bias: 2.48638984113,
    threshold: 0.664814817548,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.387480940622, -1.0474485656, 0.336873537794, 0.992264064553, 0.378705792259, 0.891176996828, 0.371048987094, 1.87280414761, 0.434981612818],
    scales: [0.165198112806, 0.46406054945, 0.169042451628, 0.084472579696, 0.364533795505, 0.218065224455, 0.263690272691, 0.329104107525, 0.23332809242],
    weights: [0.0783219469124, 0.534629214972, 1.15484266163, 0.749720242896, 0.310469690586, 0.423138796202, 0.181505928313, 0.231132776936, -0.389701388431],
    bias: 2.36106383797,
    threshold: 0.626600776304,
  },
};
