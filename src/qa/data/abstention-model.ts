// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.525994133631, -0.79970318666, 0.82848325078, 0.124977234693, 0.915285891672, 0.865482797624, 0.390398884653, 1.80927328838, 0.460076651454],
    scales: [0.275342219771, 0.584465185857, 0.23050441114, 0.173615388108, 0.244628634941, 0.270881588447, 0.2884128402, 0.367471323983, 0.293068058402],
    weights: [1.02747375268, 1.54229793641, 0.777208267658, -0.0147434074526, 0.487629746461, 0.792022692207, 0.650696968944, 0.648140404256, 1.99578965483],
    bias: 0.308300439042,
    threshold: 0.227750249008,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08471530261, 0.79790001589, 0.867267649882, 0.387988682204, 1.77232269868, 0.277597149756],
    scales: [0.591265730073, 0.355843360112, 0.26212066966, 0.287744351839, 0.338724944672, 0.277367111424],
    weights: [2.57977267055, 0.150688306812, 1.15843837547, 0.388053538271, 0.453119352928, 0.0479294514949],
    bias: -0.062382692367,
    threshold: 0.286461950305,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30360802353, 0.26162461723, 0.758391837592, 0.544078803399, 0.981888000322, 0.33332775045, 0.858888358489, 0.302811636188, 1.89650528499],
    scales: [0.50157497811, 0.151679967465, 0.223220509891, 0.231033575119, 0.130561821326, 0.351810063153, 0.266378898892, 0.248368078629, 0.327141526975],
    weights: [0.551512102482, 0.834664263037, 0.0886331279786, 0.198223552649, 0.645965231027, 0.348984299131, 0.43010581494, 0.462505948552, 0.365146301116],
    bias: 0.114650495966,
    threshold: 0.267853241056,
  },
};
