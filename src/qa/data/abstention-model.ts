// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679689916904, -0.483124960947, 0.604349110518, 0.849266278001, 0.971391123706, 0.900372598936, 0.504549751553, 1.78628156722, 0.599870320736, 0.336871115602],
  scales: [0.251402177545, 0.487230689922, 0.271639914879, 0.246687934312, 0.141714363292, 0.21941005988, 0.279761572721, 0.373026255058, 0.281109115079, 0.191996548982],
  weights: [0.759718475562, 1.238742809, 0.342469191792, 1.06286215742, 0.307928255958, 0.901810245832, 0.633595657879, 0.309570193124, 1.408034294, -0.132993764932],
  bias: 4.72451648847,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638964656316,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.51038962738,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.794607965937, 0.915980397596, 0.90133013832, 0.467153376815, 1.71697186347],
    scales: [0.529556260221, 0.241131987721, 0.216617007789, 0.285238862305, 0.367519281228],
    weights: [2.42679549129, 0.395407498868, 0.944817201706, 0.305851583243, 0.693758606919],
    bias: 2.49533672271,
    threshold: 0.658883848788,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.388588306343, -1.04444966957, 0.337630263432, 0.992264064553, 0.38018210971, 0.8923553929, 0.371769846055, 1.8725119793, 0.433010143258],
    scales: [0.165354344018, 0.463951288001, 0.168613345312, 0.084472579696, 0.365328816473, 0.215907474018, 0.264757715851, 0.329436668029, 0.233629602344],
    weights: [0.136135109733, 0.553404017862, 1.05047815247, 0.731884355393, 0.300465294759, 0.450250768734, 0.167379856818, 0.224915613807, -0.399484285542],
    bias: 2.34117882243,
    threshold: 0.632440286951,
  },
};
