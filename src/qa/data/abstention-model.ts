// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.680296911275, -0.485660336412, 0.602477141325, 0.849536061529, 0.969602505962, 0.0193675818264, 0.885647072821, 0.513456869756, 1.7847496801, 0.597881880154, 0.326033030012],
  scales: [0.254358602674, 0.498003410919, 0.273410880392, 0.247428033538, 0.147776894697, 0.137813201837, 0.247203447599, 0.283698903978, 0.373039117276, 0.283348038251, 0.186151711948],
  weights: [0.847886027091, 1.28975131539, 0.584072444601, 0.907631758875, 0.258312344867, -0.765194632806, 0.663714257054, 0.536796114923, 0.219697700246, 1.13686772982, -0.152786392961],
  bias: 4.68198399377,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.687676149404,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.465694154112,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.783137184507, 0.910315404602, 0.025132325989, 0.894144621179, 0.479759056033, 1.71517562324, 0.588124229432],
    scales: [0.535215400526, 0.250233078678, 0.156526969495, 0.227809279257, 0.286375926204, 0.367470922393, 0.242413912752],
    weights: [2.26373339404, 0.260833871965, -0.882911204596, 0.680612151977, 0.359507943235, 0.370035461962, -0.392823838428],
    bias: 2.62259346361,
    threshold: 0.667233216805,
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
