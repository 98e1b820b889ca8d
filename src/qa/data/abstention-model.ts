// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67941612295, -0.483183820313, 0.604143253315, 0.848721325355, 0.970859844794, 0.896071752766, 0.505664831157, 1.78898468578, 0.598206322232, 0.336629417641],
  scales: [0.250971868824, 0.486267792411, 0.271196220121, 0.246524108805, 0.142969438102, 0.226549617596, 0.280970024077, 0.372826687116, 0.280286056858, 0.191078779527],
  weights: [0.69973156741, 1.19217461697, 0.408529613739, 1.11075401905, 0.323245765503, 0.872690969333, 0.655309932092, 0.317569394115, 1.39342267587, -0.111477425897],
  bias: 4.71525486426,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.624757323218,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509169892658,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813142592029, 0.914078549545, 0.899653050018, 0.462490035013, 1.72182971495],
    scales: [0.530965356015, 0.243158979138, 0.220394088631, 0.290363925313, 0.365317355474],
    weights: [2.36148941471, 0.374405228739, 0.965460005749, 0.412220268948, 0.538448291079],
    bias: 2.55806449515,
    threshold: 0.661983704325,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.380813298231, -1.06603368837, 0.330416888402, 0.992264064553, 0.373329901341, 0.890927274656, 0.368293305381, 1.87451486634, 0.436848416884],
    scales: [0.164165808736, 0.465768044984, 0.166538733074, 0.084472579696, 0.362406936174, 0.218288040942, 0.265581398195, 0.328852094286, 0.233353447891],
    weights: [0.0282653558796, 0.585106660256, 1.16599023813, 0.765744390172, 0.304550082665, 0.435974349266, 0.163664654663, 0.230352942984, -0.443243480242],
    bias: 2.38303859618,
    threshold: 0.618603847364,
  },
};
