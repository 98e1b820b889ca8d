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
    features: ['coverage', 'coverageLog', 'passage', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.397403728311, -1.02763621241, 0.345504839026, 0.245731925729, 0.989615209333, 0.404541232046, 0.0138792911843, 0.881188104908, 0.412477936761, 1.87139584098, 0.547716818071, 0.400029870751],
    scales: [0.172911499645, 0.478088473835, 0.175077146311, 0.352949992892, 0.0953043868461, 0.375374431505, 0.116989984445, 0.237066154923, 0.288270200849, 0.329322276172, 0.243932171098, 0.226192014125],
    weights: [0.905793739074, 0.0614383883066, 0.00539681906617, 0.128171323779, 0.445187277703, 0.346672808231, -0.348792150238, 0.476312841559, 0.107507882297, -0.345423022339, -0.879087571882, -0.537216102566],
    bias: 2.45772261601,
    threshold: 0.66608779276,
  },
};
