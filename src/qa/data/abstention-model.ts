// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.526327061756, -0.800971213115, 0.831043052757, 0.122859570658, 0.919684136375, 0.860348932688, 0.39192110605, 1.80613712902, 0.460830641366],
  scales: [0.276724505528, 0.588424896488, 0.230116082775, 0.172907651306, 0.237205551275, 0.27393316992, 0.288557612039, 0.366687200191, 0.294528277288],
  weights: [1.06092678729, 1.54907705046, 0.743911925418, -0.0185494578687, 0.476349190441, 0.822766028441, 0.651378728747, 0.628140990671, 2.05330656212],
  bias: 0.346617336609,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.304565601384,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.135998460603,
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
    means: [-1.30078683738, 0.262909961896, 0.757146829634, 0.544688044033, 0.98188765729, 0.334153591824, 0.858374641349, 0.30553649628, 1.88955210636],
    scales: [0.504443567867, 0.153288273533, 0.224183646918, 0.231953078397, 0.130563580802, 0.354485599551, 0.266377481063, 0.249125131107, 0.327041623848],
    weights: [0.598339692496, 0.845794122823, 0.075597904403, 0.160202893697, 0.629210628371, 0.366811176216, 0.433665034371, 0.443417540578, 0.378919920674],
    bias: 0.116509689831,
    threshold: 0.265718056426,
  },
};
