// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.682760922957, -0.477424106375, 0.604546000187, 0.85275305242, 0.981455790185, 0.0195681769602, 0.885930650085, 0.513839897839, 1.78422465368, 0.599183848265, 0.326072735434],
  scales: [0.251408646419, 0.483869327579, 0.271333570305, 0.243551919421, 0.10048339499, 0.138510878312, 0.247036849284, 0.283868324787, 0.373522051974, 0.282116327846, 0.186488343375],
  weights: [0.771536632896, 1.38900683379, 0.541470298764, 0.889802234097, 0.398959173993, -0.787447891825, 0.65980964498, 0.519126192307, 0.188627549438, 1.14636785416, -0.137183731383],
  bias: 4.61808717472,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.659853267362,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.431461850301,
  },
  fromEnglish: {
    features: ['coverage', 'coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [0.517104290043, -0.783583946426, 0.910315404602, 0.0241391914606, 0.895137755707, 0.4795079826, 1.71557830464, 0.588124229432],
    scales: [0.232280255604, 0.53530351102, 0.250233078678, 0.153481239558, 0.226082295048, 0.286206063514, 0.366571802275, 0.242413912752],
    weights: [0.071741089886, 2.26692534441, 0.259543259439, -0.973887984459, 0.699914496609, 0.334184980927, 0.409494496046, -0.394090558472],
    bias: 2.65682313721,
    threshold: 0.663064296664,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.397275526651, -1.02752261026, 0.245957482422, 0.992264018434, 0.403126222549, 0.0138792911843, 0.881711836496, 0.386053757393, 1.87139584098, 0.546299253807, 0.410489550289],
    scales: [0.172480431427, 0.477174356556, 0.352697156401, 0.084472951014, 0.375134577861, 0.116989984445, 0.236886145574, 0.270477490018, 0.329322276172, 0.242849508553, 0.22826136576],
    weights: [0.925806617909, 0.0945804572938, 0.116465667517, 0.644143982625, 0.335875977595, -0.336897022219, 0.473331910066, 0.050869532814, -0.341938012431, -0.909497504615, -0.45423538414],
    bias: 2.4144247448,
    threshold: 0.676889982167,
  },
};
