// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from an article in their own language; across: from another language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
    means: [0.525776652749, -0.796214665541, 0.461168940513, 0.842451993639, 0.917084719206, 0.753863886138, 0.383562087127, 1.80678414586],
    scales: [0.272191072324, 0.577175074044, 0.283538177493, 0.218883891215, 0.242276029926, 0.385328583331, 0.288392262146, 0.366376060093],
    weights: [1.495760483, 1.57813923279, 1.24702170504, 0.0817643289202, 0.538607507621, 0.458478890961, 0.344664421083, 0.873468824306],
    bias: 0.280222992762,
    threshold: 0.175594631901,
  },
  across: {
    features: ['coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-1.13509273546, 0.313860987141, 0.765671356909, 0.890591283282, 0.764030234484, 0.344784245512, 1.82403915033],
    scales: [0.53934429845, 0.199308981704, 0.237437555407, 0.280464861515, 0.368874501437, 0.274208676448, 0.338175463504],
    weights: [1.64236372239, 0.0557120308554, 0.0792647656991, 0.296220559655, 0.411482327613, 0.431973886739, 0.363668421752],
    bias: -0.00922514676943,
    threshold: 0.277816737183,
  },
};
