// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.524879135617, -0.805992242838, 0.831310443749, 0.121996410442, 0.919552688384, 0.862887111927, 0.393819340504, 1.80613712902, 0.460739715997],
  scales: [0.277289499332, 0.5936826284, 0.229958477763, 0.171878733006, 0.237353644113, 0.269707079729, 0.289278807889, 0.366687200191, 0.294632453993],
  weights: [1.08283491557, 1.5829846605, 0.743433321077, -0.0176683481705, 0.479559504161, 0.826935385982, 0.650614623832, 0.637634679589, 2.03031414167],
  bias: 0.336594848214,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.311126093137,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.134328544453,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-1.09201939853, 0.8090074045, 0.864300579684, 0.38022429002, 1.77120696584],
    scales: [0.596350299523, 0.347295853899, 0.26277100316, 0.284392121588, 0.339625946711],
    weights: [2.77044208829, 0.19780048367, 1.22868755111, 0.463042000678, 0.462855617943],
    bias: -0.0976954390679,
    threshold: 0.295015228131,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30756967393, 0.261556317645, 0.75815446646, 0.541968851542, 0.98188765729, 0.331534933149, 0.858556997737, 0.306308059328, 1.88955210636],
    scales: [0.50902333806, 0.153125357549, 0.223861490507, 0.23185900848, 0.130563580802, 0.35416922715, 0.267152703054, 0.249159469444, 0.327041623848],
    weights: [0.696340572044, 0.810687468011, 0.0569374981819, 0.125488820034, 0.62299548631, 0.379513004202, 0.451294676488, 0.433275875608, 0.390886573118],
    bias: 0.111500758959,
    threshold: 0.265901965472,
  },
};
