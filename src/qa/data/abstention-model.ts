// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679140678411, -0.48367448261, 0.603563207184, 0.650257926833, 0.848826844691, 0.970859844794, 0.895029555264, 0.506639827988, 1.78936390269, 0.598018788593, 0.336947543764],
  scales: [0.251006443158, 0.486428988848, 0.271288395874, 0.437296772157, 0.246328696608, 0.142969438102, 0.228562893301, 0.281699738676, 0.372895689172, 0.280370857972, 0.191176463312],
  weights: [0.693187415535, 1.19781810098, 0.339292976629, 0.0150278875102, 1.10928050994, 0.331493726718, 0.876890665759, 0.664371562593, 0.293937955057, 1.40159599139, -0.134583544448],
  bias: 4.69231968788,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.622176889733,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.49841415728,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813240784818, 0.914078549545, 0.897209939078, 0.464422259888, 1.72182971495],
    scales: [0.53073647284, 0.243158979138, 0.223086603529, 0.287787571723, 0.365317355474],
    weights: [2.36745869599, 0.360529792793, 0.929037622634, 0.375289541407, 0.540585137327],
    bias: 2.54544669745,
    threshold: 0.668654416075,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.06663361013, 0.329622159061, 0.992264064553, 0.373815467525, 0.887983102988, 0.3695348557, 1.87535532573, 0.432488331212],
    scales: [0.464937330934, 0.165974107958, 0.084472579696, 0.362132036722, 0.223770239701, 0.264866356844, 0.328806304488, 0.23000909291],
    weights: [0.548003387887, 1.2227304605, 0.766693034509, 0.307940059313, 0.41959877982, 0.171238583234, 0.219182888937, -0.497881388616],
    bias: 2.40952908571,
    threshold: 0.622078494228,
  },
};
