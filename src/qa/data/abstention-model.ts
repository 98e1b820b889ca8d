// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.677562990586, -0.489738234912, 0.603005491648, 0.849252916972, 0.971032908554, 0.0190770187866, 0.889896589729, 0.511383069074, 1.7854021464, 0.598188867434, 0.336929758023],
  scales: [0.253872841411, 0.497685632205, 0.272947053442, 0.247557843029, 0.143133104213, 0.136795782613, 0.245897902038, 0.282891007342, 0.372835883661, 0.282825267252, 0.19376602782],
  weights: [0.79801771089, 1.27848056374, 0.714386214971, 0.915862246846, 0.306870556681, -0.738532826482, 0.671388662283, 0.487796167192, 0.231384371268, 1.06323255593, -0.214027177389],
  bias: 4.67864128488,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.687024071121,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.473231381349,
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
    means: [0.387072436892, -1.04865120191, 0.233376714031, 0.992264018434, 0.370349136296, 0.0138792911843, 0.888697298499, 0.380981406322, 1.87183673011, 0.5499370074, 0.42312193126],
    scales: [0.164148180783, 0.465740971235, 0.342493709426, 0.084472951014, 0.368572075014, 0.116989984445, 0.228852519932, 0.266433965946, 0.329699129352, 0.241559254033, 0.233055587827],
    weights: [0.787136461481, 0.175472415187, 0.199052493441, 0.642018235639, 0.339845245751, -0.443872296099, 0.357533938685, 0.0710441395004, -0.350112696291, -0.906078320841, -0.47937140024],
    bias: 2.38527866424,
    threshold: 0.674433100155,
  },
};
