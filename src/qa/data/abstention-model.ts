// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.521646946022, -0.809413782409, 0.458909262985, 0.82848325078, 0.124977234693, 0.915462405568, 0.853002243573, 0.389261938695, 1.80927328838, 0.461448889112],
    scales: [0.274672378843, 0.58683376504, 0.283534934451, 0.23050441114, 0.173615388108, 0.24432873432, 0.292109873342, 0.288642493617, 0.367471323983, 0.292160134054],
    weights: [0.956043144087, 1.45958165583, 0.0842255403731, 0.835424083024, -0.00485748832863, 0.502310067421, 0.725875004542, 0.665187035759, 0.650945831766, 2.04127923822],
    bias: 0.331701338896,
    threshold: 0.215826900515,
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
