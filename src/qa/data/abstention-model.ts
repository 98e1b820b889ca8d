// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679995698353, -0.486121434753, 0.602284184868, 0.849361678158, 0.969602505962, 0.0193675818264, 0.885560362037, 0.513022222345, 1.7847496801, 0.597687070496, 0.326148949809],
  scales: [0.254318374535, 0.498002306512, 0.273327071119, 0.247477043277, 0.147776894697, 0.137813201837, 0.247356195767, 0.283196090044, 0.373039117276, 0.283226653043, 0.186446425683],
  weights: [0.839509204581, 1.29659386124, 0.591411184393, 0.917126382588, 0.259716692749, -0.776031606252, 0.654990100321, 0.540931167618, 0.22881544695, 1.13460796755, -0.142016491519],
  bias: 4.68822848624,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.685469676429,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.467408079133,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.793235781937, 0.910315404602, 0.025132325989, 0.893747367367, 0.477187699776, 1.71517562324, 0.590821786902],
    scales: [0.531720180489, 0.250233078678, 0.156526969495, 0.227973043415, 0.28551474174, 0.367470922393, 0.241342164171],
    weights: [2.2446889497, 0.26743817783, -0.917360782043, 0.655539444424, 0.383193122792, 0.365516938648, -0.401178477977],
    bias: 2.6054223428,
    threshold: 0.667658361396,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.38944409182, -1.04290562402, 0.2381465206, 0.992264018434, 0.381129620809, 0.0138792911843, 0.884373532561, 0.381344463056, 1.87139584098, 0.550764578919, 0.41152206125],
    scales: [0.165381405273, 0.466721833919, 0.34442811648, 0.084472951014, 0.369095598844, 0.116989984445, 0.231694437184, 0.268162639799, 0.329322276172, 0.242589949143, 0.228650486934],
    weights: [0.866153378124, 0.123163438953, 0.127792415799, 0.645450097052, 0.311474765238, -0.353358661535, 0.465316721264, 0.0604569862806, -0.34691543301, -0.919301873605, -0.458213453289],
    bias: 2.37468561146,
    threshold: 0.685014116946,
  },
};
