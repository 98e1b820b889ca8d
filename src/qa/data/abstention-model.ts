// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.525848370747, -0.800600089486, 0.831508958981, 0.122587920752, 0.919686647897, 0.865776132248, 0.390895881737, 1.8088403959, 0.459503799872],
  scales: [0.275673596603, 0.585792158969, 0.229518498436, 0.172693783044, 0.237195746649, 0.267850235385, 0.288102153123, 0.367231376214, 0.293869205933],
  weights: [1.02562091039, 1.56131186947, 0.77552524556, -0.00847511471318, 0.4909978828, 0.795730818072, 0.66555192625, 0.649973126188, 1.99560359025],
  bias: 0.315394610953,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.30965124488,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.157520072678,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08387239123, 0.810426550262, 0.864586963815, 0.377349253124, 1.77232269868, 0.27880180154],
    scales: [0.593182347072, 0.347500403019, 0.266917977804, 0.284633775018, 0.338724944672, 0.275323137973],
    weights: [2.59824494468, 0.212523559617, 1.13619334477, 0.459620417166, 0.439784614951, 0.00668046999505],
    bias: -0.095179690611,
    threshold: 0.30524515769,
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
