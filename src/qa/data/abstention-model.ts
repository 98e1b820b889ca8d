// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679919028708, -0.486207118477, 0.602322460002, 0.849200161243, 0.971044025188, 0.0190770187866, 0.889810012449, 0.511840385033, 1.78491109508, 0.597958003538, 0.335542003245],
  scales: [0.254381084382, 0.497790471161, 0.273469803442, 0.247595438784, 0.143112088594, 0.136795782613, 0.24615825641, 0.282806971871, 0.372645439878, 0.283188945719, 0.192109822745],
  weights: [0.832785098676, 1.29656519748, 0.631107311991, 0.919003684339, 0.29972678202, -0.731076216352, 0.672222433389, 0.509712313069, 0.230820122399, 1.09368932547, -0.18280962442],
  bias: 4.67905244038,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.685865180095,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.482124729896,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795621079682, 0.913916364166, 0.0241391914606, 0.898984445989, 0.474699484276, 1.71595300857, 0.589994301705],
    scales: [0.533199154982, 0.244230564004, 0.153481239558, 0.224550142438, 0.285071967954, 0.366922872571, 0.240828914114],
    weights: [2.40469110719, 0.302160282197, -0.994531412355, 0.67441645658, 0.306328907656, 0.483570443827, -0.338092495091],
    bias: 2.62154906365,
    threshold: 0.671059060939,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.388563867677, -1.04490669253, 0.23448443861, 0.992264018434, 0.372556656243, 0.0138792911843, 0.890006627468, 0.380191150499, 1.87074758922, 0.551146346412, 0.422044563658],
    scales: [0.164610937315, 0.466269420969, 0.342883645031, 0.084472951014, 0.369156953422, 0.116989984445, 0.226613980748, 0.267051550008, 0.329506072796, 0.242281791056, 0.232935230522],
    weights: [0.847770256162, 0.123956310583, 0.200214284761, 0.642893152844, 0.343845158713, -0.437383792332, 0.364700961078, 0.0606532357041, -0.349669823375, -0.902997079811, -0.497220234587],
    bias: 2.4000188619,
    threshold: 0.676030338472,
  },
};
