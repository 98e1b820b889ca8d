// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673585416448, -0.492845957287, 0.601730223907, 0.848853501648, 0.965209872525, 0.894716886572, 0.508509701462, 1.79021692981, 0.59874572885, 0.338895299923],
  scales: [0.250278150467, 0.488847050796, 0.272359151713, 0.245070907243, 0.159908523408, 0.230237119522, 0.286259778997, 0.372669757237, 0.278468619104, 0.194268043681],
  weights: [0.746038675854, 1.20079583246, 0.230360178311, 1.10441405152, 0.348364590738, 0.878450918511, 0.734508198678, 0.300207877576, 1.37551403726, -0.109653214842],
  bias: 4.61512830336,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.635313721131,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.487499362795,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.832785543114, 0.575021980464, 0.902264180336, 0.896319010259, 0.459151672648, 1.72352791622],
    scales: [0.526169686516, 0.301338139561, 0.259660125347, 0.225639755061, 0.288819577986, 0.363312905858],
    weights: [2.24288693291, 0.0155715639965, 0.22853706603, 0.922177906088, 0.427336301918, 0.390299568592],
    bias: 2.54885937121,
    threshold: 0.645683782015,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12117529855, 0.314590171126, 0.617283576995, 0.992264064553, 0.372028139759, 0.884313142794, 0.368618538725, 1.87652326668, 0.437583399002],
    scales: [0.479294881167, 0.161371151046, 0.232275688671, 0.084472579696, 0.36256778455, 0.229253772905, 0.264551664078, 0.329013067698, 0.232967682763],
    weights: [0.261401917783, 1.43498553689, 0.188204165561, 0.745707449857, 0.318406782375, 0.431550083872, 0.160181226994, 0.224558309335, -0.38535183238],
    bias: 2.40476706212,
    threshold: 0.613141000234,
  },
};
