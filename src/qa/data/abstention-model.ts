// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679995698353, -0.486121434753, 0.602284184868, 0.849361678158, 0.969602505962, 0.0196566177715, 0.885560362037, 0.513104428587, 1.7847496801, 0.597687070496, 0.327421128619],
  scales: [0.254318374535, 0.498002306512, 0.273327071119, 0.247477043277, 0.147776894697, 0.138817272518, 0.247356195767, 0.283128666421, 0.373039117276, 0.283226653043, 0.187314941761],
  weights: [0.832918905387, 1.29038150435, 0.601958290062, 0.915016653295, 0.257852299424, -0.778457280897, 0.654345697174, 0.53645023576, 0.222665111016, 1.13222781095, -0.159905764076],
  bias: 4.68963424591,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.68874119661,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.468294150309,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.793345860415, 0.910315404602, 0.025132325989, 0.893747367367, 0.477308361265, 1.71517562324, 0.590932526066],
    scales: [0.531776420097, 0.250233078678, 0.156526969495, 0.227973043415, 0.285380616644, 0.367470922393, 0.24131991076],
    weights: [2.24786079187, 0.267370592265, -0.918468680799, 0.657438745234, 0.383672040452, 0.365164365202, -0.40400244398],
    bias: 2.60988599657,
    threshold: 0.667399763931,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.389410567991, -1.04304066647, 0.2381465206, 0.992264018434, 0.381129620809, 0.0138792911843, 0.884620446142, 0.381391885753, 1.87139584098, 0.550764578919, 0.41381904454],
    scales: [0.165409820498, 0.466823773443, 0.34442811648, 0.084472951014, 0.369095598844, 0.116989984445, 0.231604372398, 0.268124289403, 0.329322276172, 0.242589949143, 0.229715122267],
    weights: [0.87061629304, 0.127366714617, 0.120422470355, 0.645064981778, 0.313930845461, -0.350801072003, 0.453286379957, 0.0578663543384, -0.347469219388, -0.917303823089, -0.456617163096],
    bias: 2.37335798671,
    threshold: 0.687873047536,
  },
};
