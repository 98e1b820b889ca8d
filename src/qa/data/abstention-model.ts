// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679139350534, -0.483674665405, 0.603550624281, 0.650257926833, 0.848833685134, 0.970859844794, 0.895029555264, 0.506766025749, 1.78936390269, 0.598018788593, 0.336947543764],
  scales: [0.251005295235, 0.486423151523, 0.271296421087, 0.437296772157, 0.246325893166, 0.142969438102, 0.228562893301, 0.281696543014, 0.372895689172, 0.280370857972, 0.191176463312],
  weights: [0.693011279098, 1.19714773392, 0.338370628737, 0.015697117738, 1.10936692341, 0.331592951259, 0.876667096088, 0.664432805307, 0.293724636433, 1.40239064649, -0.134209742702],
  bias: 4.69190704432,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.622260164918,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.498435220151,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813350754326, 0.914078549545, 0.897209939078, 0.464442387556, 1.72182971495],
    scales: [0.530775991922, 0.243158979138, 0.223086603529, 0.287813503378, 0.365317355474],
    weights: [2.36748821474, 0.360656178446, 0.929259027837, 0.375799121227, 0.540804494891],
    bias: 2.5454186824,
    threshold: 0.668635815843,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.06662945909, 0.329625338095, 0.992264064553, 0.373815467525, 0.887983102988, 0.369559110751, 1.87535532573, 0.432611788002],
    scales: [0.464940997983, 0.16597471873, 0.084472579696, 0.362132036722, 0.223770239701, 0.264846149168, 0.328806304488, 0.230045293644],
    weights: [0.547162345124, 1.223043105, 0.766332609114, 0.307309604562, 0.41995971057, 0.16825554079, 0.218485120707, -0.502431496443],
    bias: 2.41006465285,
    threshold: 0.62158961765,
  },
};
