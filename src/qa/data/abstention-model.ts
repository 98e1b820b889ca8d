// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673498915618, -0.492934998306, 0.60140493067, 0.849805257809, 0.965209872525, 0.894716886572, 0.508423458416, 1.79163027981, 0.598315090195, 0.338605479933],
  scales: [0.250178724536, 0.488768569504, 0.272318797846, 0.244903586695, 0.159908523408, 0.230237119522, 0.286237704626, 0.373152553697, 0.278438772669, 0.193967558927],
  weights: [0.738333662535, 1.20191568607, 0.226730018553, 1.11193438227, 0.345919580929, 0.850269417573, 0.725452277951, 0.290209965794, 1.37148672206, -0.11695932198],
  bias: 4.6059666151,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.634557082171,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.487722344636,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.832793549165, 0.585389211586, 0.902264180336, 0.896319010259, 0.459132994889, 1.72352791622],
    scales: [0.526168462454, 0.301130157419, 0.259660125347, 0.225639755061, 0.288831768939, 0.363312905858],
    weights: [2.20325414312, 0.0692293594413, 0.227153673406, 0.921146625336, 0.439488575348, 0.380784188156],
    bias: 2.55500966424,
    threshold: 0.640468724338,
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
