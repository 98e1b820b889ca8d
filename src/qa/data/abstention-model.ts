// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679501604246, -0.483207861089, 0.604045199616, 0.849321720093, 0.971391123706, 0.899731821448, 0.504238549141, 1.7865160465, 0.599127347817, 0.336872031859],
  scales: [0.251196448207, 0.486620216581, 0.271448617546, 0.246630667355, 0.141714363292, 0.220150134993, 0.279917652298, 0.373013723731, 0.281198843484, 0.191756309554],
  weights: [0.776264445028, 1.25630128857, 0.326737141851, 1.06133785939, 0.308180637492, 0.908505130789, 0.637657229872, 0.323047079324, 1.40240022873, -0.106117449158],
  bias: 4.71618619544,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.639426324372,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.511556485287,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.79901990874, 0.915995557919, 0.90021825719, 0.466194014785, 1.71715922689],
    scales: [0.529326783324, 0.24110349067, 0.217930472758, 0.285764315461, 0.367712846708],
    weights: [2.39406400775, 0.367519052704, 0.918036221163, 0.316371540863, 0.671836883051],
    bias: 2.48905090616,
    threshold: 0.658806733114,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.387565731454, -1.04701731871, 0.336876902182, 0.992264064553, 0.378705792259, 0.891176996828, 0.371143709582, 1.87280414761, 0.435258430826],
    scales: [0.165099025295, 0.463528771997, 0.169036974622, 0.084472579696, 0.364533795505, 0.218065224455, 0.263713402324, 0.329104107525, 0.232968682134],
    weights: [0.0822898950088, 0.562216395923, 1.12141855683, 0.748221775103, 0.311506087498, 0.424627240727, 0.1888233617, 0.231565855648, -0.374053015733],
    bias: 2.35645013686,
    threshold: 0.630070434115,
  },
};
