// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.681538551492, -0.480001977727, 0.605987761885, 0.850169238858, 0.971391123706, 0.902111090471, 0.504876404422, 1.78532475174, 0.601826383901, 0.335924310158],
  scales: [0.251390492365, 0.486284105657, 0.271645035074, 0.246616295505, 0.141714363292, 0.218606400172, 0.280248034416, 0.372788694322, 0.281328531811, 0.192020824981],
  weights: [0.779954993105, 1.23246119206, 0.347067991797, 1.05429206685, 0.30373442488, 0.900748428783, 0.615165823087, 0.294001485249, 1.39719118174, -0.133673868419],
  bias: 4.72884758249,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.635851748058,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.507025921465,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.789085009356, 0.915794728612, 0.902308034627, 0.468394476646, 1.71595300857],
    scales: [0.527052542853, 0.241457301797, 0.215476598332, 0.285249164161, 0.366922872571],
    weights: [2.46372280397, 0.377601874925, 0.991415395825, 0.3266569417, 0.689814436509],
    bias: 2.52788440665,
    threshold: 0.655759534236,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.390643759694, -1.03778084018, 0.339299966927, 0.992264064553, 0.385381357804, 0.894267053606, 0.372573859624, 1.87166189359, 0.429605887939],
    scales: [0.164760528724, 0.461016996887, 0.168317084497, 0.084472579696, 0.367982457959, 0.214216965174, 0.265242399107, 0.329624388791, 0.230497250085],
    weights: [0.111792193535, 0.539849494212, 1.14428400801, 0.707912871917, 0.314552114085, 0.439848329484, 0.0981195884294, 0.243707349295, -0.471735530051],
    bias: 2.3833659136,
    threshold: 0.631182828275,
  },
};
