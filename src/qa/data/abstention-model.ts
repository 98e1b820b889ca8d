// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679995698353, -0.486121434753, 0.602284184868, 0.849361678158, 0.969602505962, 0.0199452087033, 0.885560362037, 0.513104428587, 1.7847496801, 0.597687070496, 0.335541392407],
  scales: [0.254318374535, 0.498002306512, 0.273327071119, 0.247477043277, 0.147776894697, 0.139812007185, 0.247356195767, 0.283128666421, 0.373039117276, 0.283226653043, 0.192711720738],
  weights: [0.82758077197, 1.28102394529, 0.613519272946, 0.914688280865, 0.258648371034, -0.781850700422, 0.647794496993, 0.53587595419, 0.215444146146, 1.12741322787, -0.180005324413],
  bias: 4.68872943915,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.692610807995,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.47122281384,
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
    means: [0.389410567991, -1.04304066647, 0.2381465206, 0.992264018434, 0.381129620809, 0.0144965751349, 0.884620446142, 0.381391885753, 1.87139584098, 0.550764578919, 0.420394768746],
    scales: [0.165409820498, 0.466823773443, 0.34442811648, 0.084472951014, 0.369095598844, 0.119525831703, 0.231604372398, 0.268124289403, 0.329322276172, 0.242589949143, 0.232163979546],
    weights: [0.856756602372, 0.125813222829, 0.123499332488, 0.649744273746, 0.308837463729, -0.405315509309, 0.427764928293, 0.0767649093571, -0.360713224157, -0.917063959766, -0.475825380496],
    bias: 2.37341840324,
    threshold: 0.685128195351,
  },
};
