// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.682760922957, -0.477424106375, 0.604546000187, 0.85275305242, 0.981455790185, 0.0195681769602, 0.885930650085, 0.513763271996, 1.78422465368, 0.599183848265, 0.326072735434],
  scales: [0.251408646419, 0.483869327579, 0.271333570305, 0.243551919421, 0.10048339499, 0.138510878312, 0.247036849284, 0.283886619304, 0.373522051974, 0.282116327846, 0.186488343375],
  weights: [0.771297749864, 1.38861144502, 0.541585743298, 0.889960641413, 0.398989806582, -0.787620741575, 0.659648841224, 0.519806648522, 0.188855203799, 1.14653515678, -0.136996959495],
  bias: 4.61822490682,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.659829777144,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.431457536017,
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
    means: [0.397275526651, -1.02752261026, 0.245957482422, 0.992264018434, 0.403126222549, 0.0138792911843, 0.882693833222, 0.385885344023, 1.87139584098, 0.546299253807, 0.410874872873],
    scales: [0.172480431427, 0.477174356556, 0.352697156401, 0.084472951014, 0.375134577861, 0.116989984445, 0.234774153002, 0.270547717838, 0.329322276172, 0.242849508553, 0.228520165711],
    weights: [0.925490433938, 0.0954754472771, 0.117065619221, 0.643576055541, 0.332427331619, -0.333156273451, 0.477074207179, 0.0461876377903, -0.342872211694, -0.911044678625, -0.456730118085],
    bias: 2.41418338558,
    threshold: 0.676795784281,
  },
};
