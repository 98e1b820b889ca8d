// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.525983168993, -0.800152020024, 0.831508958981, 0.122587920752, 0.919686647897, 0.863245996316, 0.396068895307, 1.8088403959, 0.459569844401],
  scales: [0.27555513924, 0.585480526771, 0.229518498436, 0.172693783044, 0.237195746649, 0.269663804998, 0.290173016935, 0.367231376214, 0.293898015478],
  weights: [1.05839819984, 1.53486775786, 0.73356249701, -0.048710156994, 0.486312272613, 0.844030426482, 0.664741601207, 0.633179063987, 2.06063636367],
  bias: 0.35138234399,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.306353044507,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.156109662699,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08500483212, 0.810806524222, 0.86129745088, 0.380393908497, 1.77232269868, 0.278653587435],
    scales: [0.59564104835, 0.346762826004, 0.267692557397, 0.286295392542, 0.338724944672, 0.27541190303],
    weights: [2.62710116661, 0.206806048681, 1.15814598746, 0.448613793565, 0.447366794008, 0.00959399274385],
    bias: -0.105705712888,
    threshold: 0.306784591443,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30401377336, 0.261692540911, 0.758246290907, 0.544102884989, 0.981888000322, 0.333402280208, 0.859580403508, 0.306364608597, 1.89555926562],
    scales: [0.50266637566, 0.151914218458, 0.223430764686, 0.231547971485, 0.130561821326, 0.351768278617, 0.26622496513, 0.25041040993, 0.326804046057],
    weights: [0.559631559398, 0.811967465126, 0.0838997491552, 0.203510452155, 0.631895773676, 0.351450766902, 0.438029972832, 0.47064283398, 0.363934780902],
    bias: 0.114110030268,
    threshold: 0.263944438127,
  },
};
