// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.680472944449, -0.485441509291, 0.602769773285, 0.849361678158, 0.969602505962, 0.0193675818264, 0.88547342219, 0.513209759382, 1.7847496801, 0.599456945969, 0.326148949809],
  scales: [0.254448076676, 0.498122975847, 0.273454630479, 0.247477043277, 0.147776894697, 0.137813201837, 0.247342318, 0.283192421541, 0.373039117276, 0.283540050972, 0.186446425683],
  weights: [0.847085497585, 1.30136516688, 0.58377493377, 0.912316815704, 0.256825950667, -0.774858427816, 0.653494383038, 0.535042642548, 0.226797443903, 1.14613364775, -0.136148579263],
  bias: 4.69565759341,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.694095915591,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.46549780262,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.780452076638, 0.910315404602, 0.025132325989, 0.893747367367, 0.480361128576, 1.71517562324, 0.587597208415],
    scales: [0.535758798143, 0.250233078678, 0.156526969495, 0.227973043415, 0.286378065752, 0.367470922393, 0.242726184873],
    weights: [2.27672566423, 0.256314128377, -0.882094775302, 0.680517658494, 0.362822671853, 0.374405357303, -0.384156275302],
    bias: 2.63132436376,
    threshold: 0.664967696889,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.397136443678, -1.02783836168, 0.246153067245, 0.992264018434, 0.404518145589, 0.0138792911843, 0.882540472005, 0.386158881237, 1.87139584098, 0.546694566151, 0.411260195456],
    scales: [0.172353540997, 0.477154267163, 0.35329756117, 0.084472951014, 0.374975781781, 0.116989984445, 0.234038187229, 0.270770988292, 0.329322276172, 0.242638429236, 0.228778023918],
    weights: [0.943376499121, 0.0976556861933, 0.108437078627, 0.639363001166, 0.337053789718, -0.344537592548, 0.464143859456, 0.044439541408, -0.334297496481, -0.903993357691, -0.453944713481],
    bias: 2.41949656368,
    threshold: 0.679818609681,
  },
};
