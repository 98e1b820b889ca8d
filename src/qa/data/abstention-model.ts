// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.666811359533, -0.504552230784, 0.595249583992, 0.860328092528, 0.965225888724, 0.895592659734, 0.503091734094, 1.78718819678, 0.597419640835, 0.344428645348],
  scales: [0.250479653309, 0.492088018415, 0.271409999563, 0.234332497103, 0.159931512749, 0.230502950697, 0.28431739296, 0.376021687272, 0.278657412686, 0.197296653881],
  weights: [0.768525690571, 1.26131466021, 0.129519885802, 0.898020097182, 0.394297088827, 0.862610428865, 0.581602341814, 0.225842916718, 1.52591247362, -0.152237937852],
  bias: 4.54703286621,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.688362769578,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.423243329713,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.83922614328, 0.575653783627, 0.900405705898, 0.894577406947, 0.463912875093, 1.75097722684],
    scales: [0.515835224673, 0.295103670708, 0.261979721784, 0.225234427647, 0.292505355186, 0.344043448862],
    weights: [2.29503618159, 0.0894856500266, 0.178150323192, 0.987673873668, 0.444723493222, 0.358167632228],
    bias: 2.60862636477,
    threshold: 0.658378259831,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12674634894, 0.312933688779, 0.614805306918, 0.992264064553, 0.37153302934, 0.885818871108, 0.369861967124, 1.88131627977, 0.435997252026],
    scales: [0.481342095218, 0.161506074633, 0.232855617152, 0.084472579696, 0.362660154297, 0.227078449563, 0.263886467564, 0.329283912223, 0.232868096951],
    weights: [0.244855533925, 1.42694706329, 0.165996503939, 0.759019310013, 0.332974504499, 0.432508017915, 0.163070328779, 0.251624866844, -0.401039039237],
    bias: 2.38908758241,
    threshold: 0.608509180315,
  },
};
