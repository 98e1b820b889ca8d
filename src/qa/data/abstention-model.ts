// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.682785831544, -0.477393163998, 0.604522470316, 0.85275305242, 0.981455790185, 0.018986308156, 0.88651251889, 0.513815951395, 1.78422465368, 0.599183848265, 0.326072735434],
  scales: [0.251420774576, 0.483885977814, 0.271318114328, 0.243551919421, 0.10048339499, 0.136476475111, 0.246125464593, 0.283898218199, 0.373522051974, 0.282116327846, 0.186488343375],
  weights: [0.769467374244, 1.39095632667, 0.538141728771, 0.889968292616, 0.399262113302, -0.796440723634, 0.659245447436, 0.520189813744, 0.18821401296, 1.14499636157, -0.136707159215],
  bias: 4.61520381908,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.659859705737,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.428280950504,
  },
  fromEnglish: {
    features: ['coverage', 'coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [0.51711746214, -0.783563060174, 0.910315404602, 0.0241391914606, 0.895634322972, 0.47965031301, 1.71557830464, 0.588138782184],
    scales: [0.232286695882, 0.53531609657, 0.250233078678, 0.153481239558, 0.225762743247, 0.286217325507, 0.366571802275, 0.242413467496],
    weights: [0.0690671921695, 2.26714796343, 0.259622577023, -0.97188928333, 0.701246780066, 0.334642934373, 0.408708349562, -0.394486595964],
    bias: 2.65660597495,
    threshold: 0.663044132426,
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
