// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.526178580685, -0.799858743226, 0.831396204702, 0.122668798528, 0.919677374412, 0.863475533143, 0.395859116919, 1.8088403959, 0.460112813378],
  scales: [0.275638677485, 0.585727144373, 0.229633257475, 0.172763237584, 0.237221978915, 0.26918915191, 0.289929278905, 0.367231376214, 0.293662706498],
  weights: [1.0520002037, 1.54055520744, 0.726303698897, -0.0316687808919, 0.483740511655, 0.843423922981, 0.65662781732, 0.618163043283, 2.04862115566],
  bias: 0.351184286084,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.305197756727,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.13651503798,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08482253736, 0.810776354117, 0.863658561991, 0.380472529558, 1.77232269868, 0.278510423432],
    scales: [0.595777768536, 0.34679828327, 0.263805680231, 0.28673213435, 0.338724944672, 0.275279736714],
    weights: [2.65982163366, 0.198107052345, 1.16604799051, 0.430810807042, 0.469926144932, 0.0301670738513],
    bias: -0.10922910063,
    threshold: 0.297205275392,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [0.307477887605, -1.30270127956, 0.262384399744, 0.758080145249, 0.544356634941, 0.981887309952, 0.333932025841, 0.858963119557, 0.307238562078, 1.89555926562],
    scales: [0.155005206617, 0.503004178473, 0.151996089372, 0.22356678005, 0.231515099577, 0.130565362606, 0.3517832544, 0.266362360465, 0.250178774922, 0.326804046057],
    weights: [0.00340688783843, 0.574896075049, 0.773250331356, 0.0863487058824, 0.197932668379, 0.62994227455, 0.348744546066, 0.44375958411, 0.472715794417, 0.355196196165],
    bias: 0.104739203412,
    threshold: 0.262584030373,
  },
};
