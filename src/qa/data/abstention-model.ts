// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679139350534, -0.483674665405, 0.603550624281, 0.650257926833, 0.848833685134, 0.970859844794, 0.894334036482, 0.506766025749, 1.78936390269, 0.598018788593, 0.336947543764],
  scales: [0.251005295235, 0.486423151523, 0.271296421087, 0.437296772157, 0.246325893166, 0.142969438102, 0.228850829425, 0.281696543014, 0.372895689172, 0.280370857972, 0.191176463312],
  weights: [0.693483794366, 1.19701324996, 0.338062635157, 0.0153921584781, 1.10963458863, 0.331573120754, 0.876005792278, 0.664732372658, 0.293636323035, 1.40229631352, -0.134217800367],
  bias: 4.68986975554,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.622095687899,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.498435754135,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813350754326, 0.914078549545, 0.896018177644, 0.464442387556, 1.72182971495],
    scales: [0.530775991922, 0.243158979138, 0.223602134363, 0.287813503378, 0.365317355474],
    weights: [2.36920710315, 0.361002182308, 0.927159391894, 0.377852045036, 0.541121099463],
    bias: 2.54470509801,
    threshold: 0.669049416613,
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
