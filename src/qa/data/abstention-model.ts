// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679919028708, -0.486207118477, 0.602322460002, 0.849200161243, 0.971044025188, 0.0190770187866, 0.889810012449, 0.511839473513, 1.78491109508, 0.597958003538, 0.335542003245],
  scales: [0.254381084382, 0.497790471161, 0.273469803442, 0.247595438784, 0.143112088594, 0.136795782613, 0.24615825641, 0.282806680511, 0.372645439878, 0.283188945719, 0.192109822745],
  weights: [0.832785103, 1.29656490601, 0.631106959725, 0.919003659797, 0.299726817448, -0.731075880186, 0.67222242161, 0.509711953636, 0.230819892956, 1.09368961195, -0.182809688612],
  bias: 4.67905078234,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.685865257855,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.482124913371,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795621079682, 0.913916364166, 0.0241391914606, 0.898984445989, 0.474684271953, 1.71595300857, 0.589994301705],
    scales: [0.533199154982, 0.244230564004, 0.153481239558, 0.224550142438, 0.285078251228, 0.366922872571, 0.240828914114],
    weights: [2.40484378418, 0.302152257582, -0.994552597197, 0.674430670193, 0.306105590203, 0.483559711396, -0.338038009822],
    bias: 2.6215230629,
    threshold: 0.67108589502,
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
