// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
    means: [0.519919442261, -0.815160098927, 0.458154053926, 0.827754761834, 0.915112683053, 0.755340536509, 0.387546771379, 1.80615097462],
    scales: [0.275417594249, 0.592158820222, 0.285027334877, 0.23150396523, 0.245214205729, 0.384815128672, 0.288384332305, 0.367349496517],
    weights: [1.2442726545, 1.7881974178, 1.40491502264, 0.361522726492, 0.608677571511, 0.486468278267, 0.424558896625, 0.840984868593],
    bias: 0.192224185413,
    threshold: 0.205319441893,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-1.07238511245, 0.752483268347, 0.800444606952, 0.748615805439, 0.375130043886, 1.7663447432],
    scales: [0.578575468463, 0.253517251028, 0.351640249438, 0.383519037194, 0.281471492209, 0.337225610768],
    weights: [2.01490090185, 0.0128576606915, 0.339964285496, 0.640119112982, 0.43462040332, 0.480870745654],
    bias: -0.0562391133884,
    threshold: 0.275853600225,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.32344394742, 0.259198779776, 0.756554384419, 0.540365850901, 0.981888000322, 0.332332482017, 0.766556785577, 0.300829580538, 1.89679987178],
    scales: [0.507272362776, 0.152004016424, 0.223785098183, 0.231789056867, 0.130561821326, 0.35336455996, 0.363805788864, 0.250512012951, 0.327669348357],
    weights: [0.512749524562, 0.863707375697, 0.113963938407, 0.21242101365, 0.621680265845, 0.346797875823, 0.275526563, 0.476233509464, 0.381010972917],
    bias: 0.12708644217,
    threshold: 0.252725982225,
  },
};
