// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673727687622, -0.492761481861, 0.601987038168, 0.848375000205, 0.965209872525, 0.894716886572, 0.508770939458, 1.78996108544, 0.59894637635, 0.338721317736],
  scales: [0.250396415152, 0.489239546116, 0.272380049853, 0.246332557515, 0.159908523408, 0.230237119522, 0.286065349659, 0.372407068266, 0.278497742003, 0.193884398437],
  weights: [0.748226169398, 1.20527522731, 0.224927074905, 1.10897119456, 0.347970374775, 0.875105736869, 0.730649118966, 0.299175664434, 1.36683670089, -0.107510063633],
  bias: 4.60693323135,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.635307588564,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.488884493516,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.833483326212, 0.574569299136, 0.90250954874, 0.896319010259, 0.459386914111, 1.72352791622],
    scales: [0.527091791767, 0.301798347176, 0.259543662757, 0.225639755061, 0.288761684916, 0.363312905858],
    weights: [2.24471248809, 0.0299068741432, 0.219412142592, 0.921590791114, 0.421166711479, 0.391424421072],
    bias: 2.55069394156,
    threshold: 0.644692070593,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12171107954, 0.314795953116, 0.617843976226, 0.992264064553, 0.372028139759, 0.884313142794, 0.368187296305, 1.87594530769, 0.438817966903],
    scales: [0.481844289163, 0.161977882457, 0.232313222874, 0.084472579696, 0.36256778455, 0.229253772905, 0.265427353715, 0.328492056628, 0.233599442168],
    weights: [0.294243009788, 1.42738871461, 0.167023105271, 0.746133396062, 0.318398411141, 0.410311969406, 0.154200341087, 0.228170308221, -0.409164544172],
    bias: 2.41800178732,
    threshold: 0.615586875099,
  },
};
