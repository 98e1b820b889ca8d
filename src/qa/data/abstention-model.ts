// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.66828502783, -0.502550508021, 0.597059447981, 0.860774444344, 0.965225888724, 0.895592659734, 0.503796124122, 1.78411997519, 0.599236204081, 0.343805166752],
  scales: [0.25089592986, 0.492949403863, 0.27210575794, 0.234655258148, 0.159931512749, 0.230502950697, 0.284024550981, 0.376215468662, 0.279140166057, 0.196162980931],
  weights: [0.745296068547, 1.23616771023, 0.134381065535, 0.884749696436, 0.379858690309, 0.848028773682, 0.569693164959, 0.222076980209, 1.52506780709, -0.192324443367],
  bias: 4.52495352431,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.690574784106,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.429938987909,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.835269402729, 0.580005116941, 0.900405705898, 0.893707457178, 0.464950748158, 1.74406095597],
    scales: [0.519792933219, 0.297587887498, 0.261979721784, 0.227039221497, 0.292459557798, 0.344953850364],
    weights: [2.19509085528, 0.0986168857195, 0.212664567856, 0.926746060106, 0.453370200314, 0.358648785432],
    bias: 2.57390200252,
    threshold: 0.655139425286,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12658197526, 0.312983108533, 0.614870419075, 0.992264064553, 0.37153302934, 0.885818871108, 0.369906288283, 1.88111444581, 0.435735386232],
    scales: [0.48122838589, 0.161482850196, 0.232771016324, 0.084472579696, 0.362660154297, 0.227078449563, 0.263860108244, 0.329291500773, 0.232570882583],
    weights: [0.241390225516, 1.42955034647, 0.168266854637, 0.758543778823, 0.33016037563, 0.431764296938, 0.163220498784, 0.249195897857, -0.403795576332],
    bias: 2.39030933784,
    threshold: 0.607791700481,
  },
};
