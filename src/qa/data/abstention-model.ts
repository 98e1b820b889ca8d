// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
    means: [0.519657407705, -0.817128814959, 0.457695963786, 0.825136945004, 0.910865804729, 0.754935545399, 0.389117277094, 1.80678414586],
    scales: [0.276107866707, 0.595577661914, 0.285502740733, 0.23212493487, 0.252957021652, 0.385287708941, 0.289820676739, 0.366376060093],
    weights: [1.46995047754, 1.56292049403, 1.3298710334, 0.205101617502, 0.61815536732, 0.457313765126, 0.368778003566, 0.842637281704],
    bias: 0.245893980041,
    threshold: 0.201998975462,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-1.07486069967, 0.751766446556, 0.796036294967, 0.746283915319, 0.372266506485, 1.7663447432],
    scales: [0.578365508369, 0.25413922755, 0.356242350332, 0.385559693055, 0.280816781406, 0.337225610768],
    weights: [2.02500935486, 0.0134571572332, 0.285179337922, 0.640724537363, 0.483840713397, 0.481683857953],
    bias: -0.0410589173814,
    threshold: 0.276709148168,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'typed', 'margin', 'units'],
    means: [-1.27764529113, 0.265143733042, 0.755306050354, 0.541647011191, 0.981707750443, 0.767473871512, 0.299035332629, 1.89679987178],
    scales: [0.474177761708, 0.149256299554, 0.224529818229, 0.230976542351, 0.131830472776, 0.363205703721, 0.247889290252, 0.327669348357],
    weights: [0.271404277606, 1.20920280319, 0.19295694732, 0.228393453999, 0.582033899545, 0.265172027827, 0.388130541886, 0.357667401586],
    bias: 0.142863501713,
    threshold: 0.251195691995,
  },
};
