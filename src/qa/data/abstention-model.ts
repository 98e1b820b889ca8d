// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679502230762, -0.483207061649, 0.604046117445, 0.849321720093, 0.971391123706, 0.899731821448, 0.504240342262, 1.7865160465, 0.599127347817, 0.336872031859],
  scales: [0.251196744076, 0.486620593575, 0.271448750679, 0.246630667355, 0.141714363292, 0.220150134993, 0.279919280851, 0.373013723731, 0.281198843484, 0.191756309554],
  weights: [0.776267387831, 1.25630123893, 0.326729942025, 1.06133939318, 0.308180411459, 0.908508089295, 0.637658887549, 0.323041499973, 1.40240700778, -0.106114903108],
  bias: 4.71619415283,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.639426585271,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.511558648093,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.79902785472, 0.915995061846, 0.90021825719, 0.466195783725, 1.71715922689],
    scales: [0.529329589956, 0.241104291158, 0.217930472758, 0.285769939541, 0.367712846708],
    weights: [2.39406992171, 0.36751209492, 0.918050260527, 0.316292982696, 0.671851268061],
    bias: 2.48903408544,
    threshold: 0.658109101799,
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
