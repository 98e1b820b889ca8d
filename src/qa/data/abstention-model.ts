// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [0.520104001837, -0.8144662684, 0.458185656688, 0.827712509994, 0.915037268717, 1, 0.754427713235, 0.387569098925, 1.80615097462],
    scales: [0.275312618332, 0.591443886759, 0.28517565423, 0.231198238019, 0.245400691925, 1, 0.385496485237, 0.288420795277, 0.367349496517],
    weights: [1.20893657862, 1.8230761168, 1.36080981826, 0.366060780638, 0.610801538162, 0, 0.480037027854, 0.417488175346, 0.835058541779],
    bias: 0.16978704282,
    threshold: 0.207911883855,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-1.0708054592, 0.752838233784, 0.800444606952, 0.745900629454, 0.373952320595, 1.7663447432],
    scales: [0.577175912868, 0.25340376544, 0.351640249438, 0.385779984875, 0.281281829686, 0.337225610768],
    weights: [2.00424973866, 0.0163586479036, 0.335559996017, 0.63530467155, 0.438635780551, 0.478878052241],
    bias: -0.0569217862933,
    threshold: 0.279123884791,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.32521448734, 0.258398559882, 0.756174959538, 0.540329751862, 0.981888000322, 0.332499118814, 0.765694179245, 0.301209008729, 1.89679987178],
    scales: [0.507999118425, 0.151946833041, 0.223805172053, 0.232033243724, 0.130561821326, 0.353328531473, 0.364915237594, 0.250137088819, 0.327669348357],
    weights: [0.508095491874, 0.893269787727, 0.123799051508, 0.187866284318, 0.618577153431, 0.343815904944, 0.27870359259, 0.466986115967, 0.387679818701],
    bias: 0.128527958735,
    threshold: 0.250133256088,
  },
};
