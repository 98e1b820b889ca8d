// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67750014512, -0.489821385569, 0.602913701125, 0.849252916972, 0.971032908554, 0.0190770187866, 0.889896589729, 0.511254466509, 1.7854021464, 0.598285467264, 0.336872039836],
  scales: [0.253853144153, 0.497650721218, 0.272964953359, 0.247557843029, 0.143133104213, 0.136795782613, 0.245897902038, 0.283016832855, 0.372835883661, 0.282763244494, 0.193717438473],
  weights: [0.79847338069, 1.27990588088, 0.713656638398, 0.916021476903, 0.306813216633, -0.73850291204, 0.671676273001, 0.487513793935, 0.23166790435, 1.06377947896, -0.212896523142],
  bias: 4.6790748596,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.686679563535,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.473613188667,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.797057087492, 0.913916364166, 0.0241391914606, 0.898984445989, 0.474494177571, 1.71595300857, 0.590027708337],
    scales: [0.532990352325, 0.244230564004, 0.153481239558, 0.224550142438, 0.284833442754, 0.366922872571, 0.240819513075],
    weights: [2.40077330027, 0.298435769893, -0.994994915216, 0.672004628071, 0.31230211153, 0.485652417929, -0.330741683548],
    bias: 2.61792743052,
    threshold: 0.670953101354,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.387072436892, -1.04865120191, 0.233376714031, 0.992264018434, 0.370349136296, 0.0138792911843, 0.888697298499, 0.380981406322, 1.87183673011, 0.5499370074, 0.42299847447],
    scales: [0.164148180783, 0.465740971235, 0.342493709426, 0.084472951014, 0.368572075014, 0.116989984445, 0.228852519932, 0.266433965946, 0.329699129352, 0.241559254033, 0.23301482686],
    weights: [0.787966440871, 0.177251520945, 0.198775740202, 0.641857534907, 0.340023974969, -0.443189803292, 0.357310910776, 0.0743720550473, -0.348412363166, -0.904886030845, -0.47153309539],
    bias: 2.3843732747,
    threshold: 0.676141872995,
  },
};
