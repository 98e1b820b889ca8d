// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673774430324, -0.492582546659, 0.601928399814, 0.849071908105, 0.965209872525, 0.894716886572, 0.508506321495, 1.78996108544, 0.598898059352, 0.338895299923],
  scales: [0.250316160745, 0.488931442212, 0.272446061569, 0.245118725152, 0.159908523408, 0.230237119522, 0.286260605072, 0.372407068266, 0.278558270473, 0.194268043681],
  weights: [0.745976153957, 1.20072894618, 0.230048750569, 1.10461386199, 0.348374713004, 0.878386362669, 0.734046175618, 0.299270535854, 1.37523404992, -0.110187973586],
  bias: 4.61643135545,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.63538769084,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.487589082757,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.832785543114, 0.575021980464, 0.902264180336, 0.896319010259, 0.459152591807, 1.72352791622],
    scales: [0.526169686516, 0.301338139561, 0.259660125347, 0.225639755061, 0.288818925308, 0.363312905858],
    weights: [2.2428849843, 0.0155733788742, 0.228539494277, 0.922179116322, 0.427341639934, 0.390297679143],
    bias: 2.54886215595,
    threshold: 0.645682632909,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12019438813, 0.314938102824, 0.617800241932, 0.992264064553, 0.372028139759, 0.884313142794, 0.368539765177, 1.87594530769, 0.437583399002],
    scales: [0.479153245574, 0.161708249323, 0.232302574333, 0.084472579696, 0.36256778455, 0.229253772905, 0.264590120889, 0.328492056628, 0.232967682763],
    weights: [0.278290102136, 1.42390243637, 0.183692154575, 0.743014600198, 0.317445384091, 0.431394237567, 0.155091396287, 0.218994154913, -0.385561430437],
    bias: 2.40376027166,
    threshold: 0.61381979519,
  },
};
