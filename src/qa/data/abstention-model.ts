// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679619737141, -0.482853022106, 0.604109332469, 0.849680692993, 0.972852885122, 0.899818761296, 0.504262029788, 1.78662171989, 0.599039278881, 0.336813830248],
  scales: [0.251046616887, 0.48612978524, 0.271201036611, 0.246517756784, 0.137285541709, 0.220061350714, 0.280007827842, 0.372989367903, 0.280948100601, 0.192009039178],
  weights: [0.694168639258, 1.38338650222, 0.329942402095, 1.09142809202, 0.401176440948, 0.911585919489, 0.635024849225, 0.289291535973, 1.37348896381, -0.0843605724189],
  bias: 4.70500090508,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.667103615384,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.520948784025,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805023888503, 0.916425620118, 0.900471506495, 0.463677039155, 1.71919958297],
    scales: [0.526309867292, 0.239616747146, 0.217723707416, 0.285538358945, 0.365063606002],
    weights: [2.39354873684, 0.366916459, 0.933560819347, 0.324816313481, 0.661898140257],
    bias: 2.48842669486,
    threshold: 0.661152037735,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05290312782, 0.335225660458, 0.992918729037, 0.380907932759, 0.891039517286, 0.370677924521, 1.87304286651, 0.436567759795],
    scales: [0.464045577213, 0.16831917897, 0.0825710892326, 0.364394745239, 0.218128733895, 0.263736128685, 0.328979086281, 0.23221644609],
    weights: [0.604140329577, 1.15373576013, 0.827236986981, 0.32988722127, 0.414774511177, 0.19493103401, 0.249099474853, -0.367341518506],
    bias: 2.34961060696,
    threshold: 0.631436833616,
  },
};
