// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.52162162706, -0.809452195037, 0.458909262985, 0.82848325078, 0.124977234693, 0.915462405568, 0.853002243573, 0.389225083127, 1.80927328838, 0.461448889112],
    scales: [0.274659645272, 0.586808097646, 0.283534934451, 0.23050441114, 0.173615388108, 0.24432873432, 0.292109873342, 0.288668222841, 0.367471323983, 0.292160134054],
    weights: [0.954874803047, 1.45936772466, 0.0859624368808, 0.835430067787, -0.0051960972233, 0.502389320218, 0.726098691189, 0.664737877922, 0.650777763307, 2.0421034491],
    bias: 0.332114743532,
    threshold: 0.216013856111,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-1.09360600713, 0.797452199722, 0.85331404832, 0.386980346479, 1.77232269868],
    scales: [0.59498964809, 0.355877298026, 0.286190381621, 0.287527245163, 0.338724944672],
    weights: [2.46486307198, 0.172592222768, 0.884901220355, 0.364004331147, 0.455731511095],
    bias: -0.0438336679711,
    threshold: 0.286973077628,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.31117509175, 0.262410129491, 0.758391837592, 0.543448758109, 0.981888000322, 0.333558155431, 0.845794942515, 0.301898037808, 1.89650528499],
    scales: [0.502311585689, 0.151292815153, 0.223220509891, 0.231487192614, 0.130561821326, 0.352348978024, 0.286970120321, 0.248866543019, 0.327141526975],
    weights: [0.435033010346, 0.930996330328, 0.0891741432269, 0.268732143578, 0.636779900055, 0.342061709479, 0.337393344011, 0.434717660306, 0.367671511375],
    bias: 0.138842134123,
    threshold: 0.266092703413,
  },
};
