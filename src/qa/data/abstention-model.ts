// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.526012329842, -0.80055635135, 0.831278366889, 0.122696615926, 0.919684136375, 0.863019234635, 0.39169809848, 1.80852951916, 0.459817665416],
  scales: [0.275849897343, 0.586433883938, 0.229892926426, 0.172766601516, 0.237205551275, 0.269330965237, 0.288082343977, 0.36712392117, 0.294021996541],
  weights: [1.04482408617, 1.54468915814, 0.731267355283, -0.0292558825112, 0.489122571026, 0.832564707438, 0.647346092559, 0.628116123417, 2.06577806527],
  bias: 0.352448865587,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.303136124803,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.136516132312,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08470634979, 0.810776354117, 0.863658561991, 0.376940662826, 1.77232269868, 0.278151498078],
    scales: [0.595686279945, 0.34679828327, 0.263805680231, 0.285836399082, 0.338724944672, 0.275328398034],
    weights: [2.66138681693, 0.197029629696, 1.15869930909, 0.436303610751, 0.469399353777, 0.0353855622716],
    bias: -0.107391034843,
    threshold: 0.296760472744,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30413662848, 0.261798119279, 0.758104046663, 0.544576386561, 0.98188765729, 0.332939460917, 0.85798112283, 0.304538344973, 1.89487989276],
    scales: [0.503772941786, 0.152423016183, 0.223616217539, 0.231300637742, 0.130563580802, 0.351889355848, 0.26657784217, 0.248290775155, 0.326720089845],
    weights: [0.562961989826, 0.848888070269, 0.0874650286785, 0.180784616368, 0.632406533998, 0.344374864076, 0.436135169707, 0.457498073434, 0.369732702043],
    bias: 0.115915393381,
    threshold: 0.264118805535,
  },
};
