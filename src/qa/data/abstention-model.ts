// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from an article in their own language; across: from another language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'englishQuestion'],
    means: [0.519657407705, -0.817128814959, 0.457695963786, 0.825136945004, 0.910865804729, 0.754935545399, 0.389117277094, 1.80678414586, 0.452251032378],
    scales: [0.276107866707, 0.595577661914, 0.285502740733, 0.23212493487, 0.252957021652, 0.385287708941, 0.289820676739, 0.366376060093, 0.497714814016],
    weights: [1.44551997201, 1.57366967482, 1.26429312022, 0.32934842645, 0.447957937386, 0.425818878028, 0.409125326398, 0.814993055978, -0.325909435132],
    bias: 0.244756733971,
    threshold: 0.194956791932,
  },
  across: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units', 'englishQuestion'],
    means: [-1.16539189957, 0.754059005473, 0.883118623139, 0.756274059819, 0.339373106045, 1.8254502806, 0.543792619168],
    scales: [0.544082437628, 0.240742195491, 0.289813985754, 0.375509652187, 0.269299338525, 0.339400571126, 0.498078514399],
    weights: [1.70864054124, 0.101526238537, 0.253065530143, 0.447028110201, 0.472373281696, 0.35819887721, -0.188851313427],
    bias: -0.00543994987077,
    threshold: 0.273265450278,
  },
};
