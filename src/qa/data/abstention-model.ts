// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.680122403438, -0.485943844082, 0.602284184868, 0.849361678158, 0.969602505962, 0.0193675818264, 0.885560362037, 0.513068020579, 1.7847496801, 0.597687070496, 0.32609114262],
  scales: [0.25434408765, 0.498050570915, 0.273327071119, 0.247477043277, 0.147776894697, 0.137813201837, 0.247356195767, 0.283225799694, 0.373039117276, 0.283226653043, 0.186268410837],
  weights: [0.839910654282, 1.29338848308, 0.597822285336, 0.916687919385, 0.25907663117, -0.775623496721, 0.655566637101, 0.538527842893, 0.229675527451, 1.13556089095, -0.141450402043],
  bias: 4.69028049049,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.684892998506,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.467237889713,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.783239247389, 0.910315404602, 0.025132325989, 0.893747367367, 0.479592209995, 1.71517562324, 0.588193575632],
    scales: [0.535160918378, 0.250233078678, 0.156526969495, 0.227973043415, 0.286433247978, 0.367470922393, 0.242348523006],
    weights: [2.26493086575, 0.260786510032, -0.884430506445, 0.679435401191, 0.358945575908, 0.37039278244, -0.393012404838],
    bias: 2.62198668914,
    threshold: 0.667156002705,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.396720494672, -1.02880905339, 0.245694802106, 0.992264018434, 0.402423219238, 0.0138792911843, 0.882540472005, 0.385783531856, 1.87139584098, 0.546521786022, 0.411260195456],
    scales: [0.172256217675, 0.476807073795, 0.352805515882, 0.084472951014, 0.374995171396, 0.116989984445, 0.234038187229, 0.270591665055, 0.329322276172, 0.242737673249, 0.228778023918],
    weights: [0.937408157821, 0.0995337976808, 0.109802308993, 0.639583407064, 0.334953970669, -0.344615154626, 0.464561675842, 0.04491870549, -0.337116270976, -0.907566399105, -0.455330112476],
    bias: 2.41682035765,
    threshold: 0.680218380198,
  },
};
