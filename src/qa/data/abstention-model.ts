// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.52632465288, -0.800976659932, 0.831043052757, 0.122859570658, 0.919684136375, 0.860348932688, 0.391927488956, 1.80613712902, 0.460830641366],
  scales: [0.276725237295, 0.588425034477, 0.230116082775, 0.172907651306, 0.237205551275, 0.27393316992, 0.288551688037, 0.366687200191, 0.294528277288],
  weights: [1.06060111001, 1.54916313058, 0.743879010939, -0.0186321579157, 0.476598817451, 0.822614800591, 0.649838909919, 0.628357452521, 2.05340848644],
  bias: 0.346307237936,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.304866577372,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.135847818656,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08485247572, 0.810081909673, 0.863402694412, 0.377819639884, 1.77232269868, 0.278763690494],
    scales: [0.595842033276, 0.347918701816, 0.263867291982, 0.285613798044, 0.338724944672, 0.27483865159],
    weights: [2.67062472874, 0.195887016721, 1.15651366251, 0.441211529209, 0.463045036889, 0.0143419214708],
    bias: -0.107186452693,
    threshold: 0.295103324741,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30078683738, 0.262909961896, 0.757146829634, 0.544688044033, 0.98188765729, 0.334153591824, 0.85798112283, 0.305427490202, 1.88955210636],
    scales: [0.504443567867, 0.153288273533, 0.224183646918, 0.231953078397, 0.130563580802, 0.354485599551, 0.26657784217, 0.249062098209, 0.327041623848],
    weights: [0.594929224242, 0.846049904486, 0.0755102045717, 0.162242092102, 0.62966275793, 0.366066933006, 0.434323696261, 0.444682220489, 0.377563151936],
    bias: 0.116309488833,
    threshold: 0.265887672166,
  },
};
