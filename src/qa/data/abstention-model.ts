// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.525863635386, -0.800432203248, 0.831508958981, 0.122587920752, 0.919686647897, 0.864036720343, 0.391348742797, 1.8088403959, 0.459158678463],
  scales: [0.275592784445, 0.585513973173, 0.229518498436, 0.172693783044, 0.237195746649, 0.26827140477, 0.287889487073, 0.367231376214, 0.294109355019],
  weights: [1.05365275259, 1.54575309502, 0.738559153807, -0.0496724564511, 0.49087286185, 0.847069216382, 0.651588173524, 0.641113028328, 2.06869668044],
  bias: 0.346623001102,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.2981432013,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.155827775008,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08489109544, 0.810806524222, 0.86129745088, 0.376795284913, 1.77232269868, 0.278454579318],
    scales: [0.595550871305, 0.346762826004, 0.267692557397, 0.285324940492, 0.338724944672, 0.275516817175],
    weights: [2.62859910276, 0.205744596766, 1.15067046839, 0.454393208598, 0.446881279587, 0.0156016604989],
    bias: -0.103617574073,
    threshold: 0.306526572384,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30387328485, 0.261789128376, 0.758246290907, 0.544102884989, 0.981888000322, 0.33332775045, 0.859253071265, 0.303639543805, 1.89555926562],
    scales: [0.502779219777, 0.151944830399, 0.223430764686, 0.231547971485, 0.130561821326, 0.351810063153, 0.266298009918, 0.248603470521, 0.326804046057],
    weights: [0.548165195406, 0.836586993603, 0.0829578271978, 0.207133392044, 0.630169659852, 0.349887762361, 0.432905878704, 0.456664089266, 0.367011326482],
    bias: 0.116024772304,
    threshold: 0.264851204825,
  },
};
