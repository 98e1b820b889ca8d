// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67983028376, -0.486345855129, 0.602253499858, 0.849288909354, 0.969602505962, 0.0199452087033, 0.888941377519, 0.513002352188, 1.78496835946, 0.597721800435, 0.335657045196],
  scales: [0.254318878466, 0.49787596725, 0.273334244944, 0.247527697722, 0.147776894697, 0.139812007185, 0.247528458682, 0.283256830718, 0.373200010298, 0.283224386333, 0.192569855521],
  weights: [0.829728981944, 1.29589965543, 0.598068554003, 0.920242293298, 0.257652374459, -0.744625665959, 0.658897720617, 0.542161156918, 0.228729218411, 1.1151603592, -0.173012370389],
  bias: 4.68286675056,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.684076442348,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.482086442397,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.794109367633, 0.91026830079, 0.025132325989, 0.897326593733, 0.477540364139, 1.71555032717, 0.590507557912],
    scales: [0.532435492014, 0.250310299998, 0.156526969495, 0.228054422482, 0.285288729304, 0.367821544733, 0.241206431942],
    weights: [2.23609413898, 0.278079448452, -0.89291585863, 0.66886974055, 0.382937819318, 0.370428264446, -0.396805057198],
    bias: 2.59840080457,
    threshold: 0.664083896419,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.389533316046, -1.04270754067, 0.237707347826, 0.992264018434, 0.379558696206, 0.0144965751349, 0.887810879756, 0.381422014731, 1.87139584098, 0.55109652786, 0.420394768746],
    scales: [0.165393894439, 0.466856270068, 0.344586128191, 0.084472951014, 0.369017620146, 0.119525831703, 0.230867108227, 0.268063710589, 0.329322276172, 0.242677878129, 0.231951175825],
    weights: [0.821556484921, 0.148894295762, 0.127501024691, 0.647082797048, 0.319114428988, -0.419720142975, 0.412644219501, 0.0784875545148, -0.3632848812, -0.924003659131, -0.475580873405],
    bias: 2.37189315502,
    threshold: 0.685289260969,
  },
};
