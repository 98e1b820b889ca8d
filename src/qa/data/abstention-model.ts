// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679540318741, -0.48314915023, 0.60410396333, 0.849321720093, 0.971391123706, 0.899731821448, 0.504352065847, 1.78662171989, 0.599185307716, 0.336756112062],
  scales: [0.251193517385, 0.486628179793, 0.27144676235, 0.246630667355, 0.141714363292, 0.220150134993, 0.279890406467, 0.372989367903, 0.281188711341, 0.191778562966],
  weights: [0.776057700571, 1.25643019635, 0.32621318809, 1.06086059023, 0.308108628664, 0.908366176585, 0.637598334975, 0.323254600797, 1.40215161399, -0.106136633378],
  bias: 4.71583957353,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.639325592898,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.51143875352,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.803623237024, 0.915995061846, 0.90021825719, 0.464679865658, 1.71919958297],
    scales: [0.526323241724, 0.241104291158, 0.217930472758, 0.284947865254, 0.365063606002],
    weights: [2.38695773346, 0.36848680211, 0.924827704996, 0.319790889983, 0.663271173735],
    bias: 2.48320015633,
    threshold: 0.659863983183,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.387450755572, -1.04736856122, 0.336953387919, 0.992264064553, 0.379622322538, 0.890843117941, 0.371206068155, 1.87304286651, 0.43552029662],
    scales: [0.165139556058, 0.46358375036, 0.169000442746, 0.084472579696, 0.364460462303, 0.218323077153, 0.263633162354, 0.328979086281, 0.233265925081],
    weights: [0.0402615728073, 0.567432523617, 1.15768325023, 0.750179949195, 0.322446360205, 0.418763451564, 0.19056477882, 0.23907331117, -0.371915767371],
    bias: 2.3590034308,
    threshold: 0.62946649629,
  },
};
