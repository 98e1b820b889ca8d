// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679586827913, -0.483244716182, 0.604184484952, 0.849345449833, 0.971391123706, 0.900372598936, 0.504581418572, 1.786410901, 0.599500021384, 0.336871115602],
  scales: [0.251330654968, 0.487147800628, 0.27155680803, 0.246635397541, 0.141714363292, 0.21941005988, 0.279874095632, 0.372926221285, 0.281094859017, 0.192237901202],
  weights: [0.764643608842, 1.24125479691, 0.332408488211, 1.06604197739, 0.30791682064, 0.90234798773, 0.640695576809, 0.312536467106, 1.41094239905, -0.118703299045],
  bias: 4.72159051154,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.639778068768,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.510312016672,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.794711473035, 0.915980397596, 0.90133013832, 0.467111472051, 1.71697186347],
    scales: [0.529583351134, 0.241131987721, 0.216617007789, 0.285326938007, 0.367519281228],
    weights: [2.42925281634, 0.395943265007, 0.94647688223, 0.30467968802, 0.694649292611],
    bias: 2.49704069458,
    threshold: 0.658625995155,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.388198883121, -1.04541150169, 0.337131103689, 0.992264064553, 0.379062586304, 0.8923553929, 0.371309281576, 1.87280414761, 0.43391919743],
    scales: [0.165038733326, 0.464434893657, 0.168496745074, 0.084472579696, 0.364976467235, 0.215907474018, 0.264961147196, 0.329104107525, 0.232659934724],
    weights: [0.133908526926, 0.544346729469, 1.07491526545, 0.732419476162, 0.295639755904, 0.453312258181, 0.158382584148, 0.229637782407, -0.404288177281],
    bias: 2.34379472898,
    threshold: 0.632702349262,
  },
};
