// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.525803756937, -0.80133826577, 0.831278366889, 0.122696615926, 0.919684136375, 0.860348932688, 0.391183031724, 1.80852951916, 0.459888026321],
  scales: [0.276076984386, 0.587091854386, 0.229892926426, 0.172766601516, 0.237205551275, 0.27393316992, 0.288459513799, 0.36712392117, 0.293985972784],
  weights: [1.0396410254, 1.54636705216, 0.753478860482, -0.00982505257313, 0.480406736645, 0.826081840596, 0.653419066168, 0.622057932929, 2.05560232953],
  bias: 0.344675062815,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.304663510181,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.139046892473,
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
    means: [-1.30452983155, 0.261607286444, 0.758104046663, 0.544110010222, 0.98188765729, 0.330971789902, 0.85798112283, 0.304628043772, 1.89487989276],
    scales: [0.503775391895, 0.152515340135, 0.223616217539, 0.231648742877, 0.130563580802, 0.352136856372, 0.26657784217, 0.24876316164, 0.326720089845],
    weights: [0.549503525446, 0.867297240646, 0.0794526951582, 0.189393204108, 0.634226010902, 0.356042521867, 0.439187151517, 0.4541671641, 0.375104813757],
    bias: 0.121550572297,
    threshold: 0.265248667921,
  },
};
