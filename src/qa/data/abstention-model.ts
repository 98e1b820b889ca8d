// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.525835366942, -0.800717586204, 0.831508958981, 0.122587920752, 0.919686647897, 0.865667419004, 0.39099071905, 1.8088403959, 0.459503799872],
  scales: [0.275693168381, 0.586073221845, 0.229518498436, 0.172693783044, 0.237195746649, 0.267826174859, 0.288007290415, 0.367231376214, 0.293869205933],
  weights: [1.02621024146, 1.56131104983, 0.775572616234, -0.00847306484211, 0.491003023681, 0.795630190425, 0.665426696859, 0.649961209797, 1.99563377842],
  bias: 0.31503989603,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.309626955682,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.157512972765,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08384353491, 0.810426550262, 0.864586963815, 0.377379318375, 1.77232269868, 0.279121636014],
    scales: [0.593219289518, 0.347500403019, 0.266917977804, 0.284657141347, 0.338724944672, 0.275579791762],
    weights: [2.5978000552, 0.212596824456, 1.13619577521, 0.459724880266, 0.439939484699, 0.00747717455114],
    bias: -0.0949450864511,
    threshold: 0.305211700916,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30387328485, 0.261789128376, 0.758246290907, 0.544102884989, 0.981888000322, 0.33332775045, 0.859253071265, 0.303560281757, 1.89555926562],
    scales: [0.502779219777, 0.151944830399, 0.223430764686, 0.231547971485, 0.130561821326, 0.351810063153, 0.266298009918, 0.248519192535, 0.326804046057],
    weights: [0.547886598415, 0.836921296669, 0.0829135193893, 0.207360105749, 0.630163479321, 0.349873845215, 0.432792522087, 0.456478821545, 0.36704317497],
    bias: 0.116013128548,
    threshold: 0.264855928996,
  },
};
