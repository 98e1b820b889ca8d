// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67970560951, -0.483198668408, 0.604405250557, 0.849301249572, 0.971391123706, 0.900372598936, 0.504748348008, 1.78602330716, 0.599852636936, 0.336813308413],
  scales: [0.251435741571, 0.487592092187, 0.271766449977, 0.246629969798, 0.141714363292, 0.21941005988, 0.28019528547, 0.372845630086, 0.281275826728, 0.191826915952],
  weights: [0.773227112247, 1.23831384541, 0.333926476792, 1.06240579522, 0.308115825295, 0.904658993426, 0.63950993763, 0.306476465609, 1.40749521561, -0.12616258272],
  bias: 4.7280276307,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.64101081493,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.507878134743,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.795017625703, 0.916055025923, 0.90133013832, 0.466719116741, 1.71697186347],
    scales: [0.52891210915, 0.240985005532, 0.216617007789, 0.2855015212, 0.367519281228],
    weights: [2.43206174725, 0.398452324114, 0.945470003448, 0.313992775681, 0.695787760525],
    bias: 2.50311098585,
    threshold: 0.65936754344,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.38832887938, -1.04513807372, 0.337263379695, 0.992264064553, 0.38537689136, 0.8923553929, 0.372035161403, 1.87193231989, 0.432886686468],
    scales: [0.165231914833, 0.464105199945, 0.168519924245, 0.084472579696, 0.367478578958, 0.215907474018, 0.264588739987, 0.329131344485, 0.233488441745],
    weights: [0.145820512301, 0.546377068602, 1.05495974506, 0.730225455887, 0.297375357455, 0.449861366412, 0.158516490436, 0.225386584957, -0.401136278622],
    bias: 2.34093981568,
    threshold: 0.632269478329,
  },
};
