// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679295605399, -0.483454068306, 0.603791213305, 0.65079526496, 0.848724135012, 0.970859844794, 0.895268147772, 0.505662770737, 1.78898468578, 0.597829600722, 0.336860857349],
  scales: [0.251010251828, 0.486530225048, 0.271363615913, 0.437100372139, 0.246519367914, 0.142969438102, 0.227980910962, 0.280882460456, 0.372826687116, 0.280307225502, 0.191155170953],
  weights: [0.702262674594, 1.18905150927, 0.333750441689, 0.0120632720823, 1.11288711452, 0.328997726239, 0.882157974211, 0.686385319643, 0.304921122082, 1.42499109752, -0.105404758452],
  bias: 4.70152861471,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.621953455914,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.495825317811,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813216174594, 0.914078549545, 0.899255796207, 0.463324903874, 1.72182971495],
    scales: [0.530877292251, 0.243158979138, 0.220573279435, 0.290575870098, 0.365317355474],
    weights: [2.3670977242, 0.372733146809, 0.965896039598, 0.409965452538, 0.539383976382],
    bias: 2.55871544756,
    threshold: 0.66202779587,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.380593587199, -1.06662926647, 0.330225051345, 0.992264064553, 0.374377364516, 0.890033172698, 0.368243124052, 1.87451486634, 0.436201228506],
    scales: [0.164096681162, 0.465800095325, 0.166476572473, 0.084472579696, 0.362482499026, 0.219503613362, 0.265412398411, 0.328852094286, 0.231159976805],
    weights: [0.0180741730155, 0.564464808426, 1.19566262698, 0.769184740604, 0.302233961835, 0.440208377462, 0.169084197222, 0.228453822866, -0.458466871503],
    bias: 2.39277186837,
    threshold: 0.62014550327,
  },
};
