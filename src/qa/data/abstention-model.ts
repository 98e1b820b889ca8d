// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.682760922957, -0.477424106375, 0.604546000187, 0.85275305242, 0.981455790185, 0.0201500457645, 0.885348781281, 0.513808005069, 1.78398872618, 0.599183848265, 0.325839987913],
  scales: [0.251408646419, 0.483869327579, 0.271333570305, 0.243551919421, 0.10048339499, 0.140513420783, 0.247943518457, 0.283943518246, 0.374082661502, 0.282116327846, 0.186146007907],
  weights: [0.771749133345, 1.38790095468, 0.541870585103, 0.89011530174, 0.398953001636, -0.786240306231, 0.660022218362, 0.519716292031, 0.188843166756, 1.14673584694, -0.136916395194],
  bias: 4.61625942643,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.659739105642,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.431518532702,
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
