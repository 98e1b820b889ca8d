// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673975358723, -0.492205490852, 0.602265614068, 0.848289030147, 0.964920418266, 0.894616707669, 0.508971816751, 1.78987821315, 0.599306119634, 0.338084152635],
  scales: [0.250287442463, 0.488774394647, 0.272390456059, 0.246463513079, 0.160748144725, 0.229801312975, 0.285991747983, 0.372282358431, 0.27854096332, 0.193052693647],
  weights: [0.741040318283, 1.1783209617, 0.286663944396, 1.10736454028, 0.350884830856, 0.852151665282, 0.73515270099, 0.302835816781, 1.33553091594, -0.111447430912],
  bias: 4.61670523054,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.633778247573,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.488054100261,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.831622677615, 0.901514984244, 0.89608066492, 0.460012784626, 1.72352791622],
    scales: [0.525997106511, 0.261079618377, 0.225629090237, 0.287735110229, 0.363312905858],
    weights: [2.28098587793, 0.215223974134, 0.927083717007, 0.405490674007, 0.389768539966],
    bias: 2.55183633896,
    threshold: 0.640050000657,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12352427378, 0.314606931719, 0.616605618845, 0.992264064553, 0.372316461708, 0.884027888909, 0.368975194006, 1.87576168187, 0.439326746277],
    scales: [0.482678472705, 0.162083004262, 0.232041456668, 0.084472579696, 0.362338782352, 0.229222346876, 0.265336619771, 0.328226769132, 0.232396643302],
    weights: [0.327232074939, 1.37835525099, 0.157296016927, 0.80809603874, 0.319975767831, 0.418547477462, 0.175694896436, 0.2248447857, -0.418772005685],
    bias: 2.4135746942,
    threshold: 0.618213975439,
  },
};
