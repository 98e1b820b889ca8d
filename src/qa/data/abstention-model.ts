// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673498915618, -0.492934998306, 0.60140493067, 0.848925389088, 0.965209872525, 0.894716886572, 0.508423458416, 1.79163027981, 0.598315090195, 0.338605479933],
  scales: [0.250178724536, 0.488768569504, 0.272318797846, 0.245011922356, 0.159908523408, 0.230237119522, 0.286237704626, 0.373152553697, 0.278438772669, 0.193967558927],
  weights: [0.742001420009, 1.21013360634, 0.230053133665, 1.10072458012, 0.347955207283, 0.85276802054, 0.723831496577, 0.305833381122, 1.36949822134, -0.112796830941],
  bias: 4.60791493105,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.632943184386,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.488012964973,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.832793549165, 0.575015527236, 0.902264180336, 0.896319010259, 0.459132994889, 1.72352791622],
    scales: [0.526168462454, 0.301337781781, 0.259660125347, 0.225639755061, 0.288831768939, 0.363312905858],
    weights: [2.24288374384, 0.0154950065288, 0.228509153755, 0.922173364591, 0.427176194372, 0.390373901035],
    bias: 2.54869471686,
    threshold: 0.645682834705,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12625313727, 0.313256596553, 0.61473504715, 0.992264064553, 0.371955887923, 0.884313142794, 0.368987486252, 1.87970245291, 0.436535935827],
    scales: [0.481238702591, 0.16146212645, 0.232696295903, 0.084472579696, 0.362630246497, 0.229253772905, 0.264199558913, 0.329382454333, 0.232565522486],
    weights: [0.239059724297, 1.44325835566, 0.169165203214, 0.756019495095, 0.334335552033, 0.422476792432, 0.155446623466, 0.247775893566, -0.40110912212],
    bias: 2.39294108071,
    threshold: 0.608096276428,
  },
};
