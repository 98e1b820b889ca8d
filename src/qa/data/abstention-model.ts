// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.52605277128, -0.799635024773, 0.82848325078, 0.124977234693, 0.915285891672, 0.865269274994, 0.390398884653, 1.80921843062, 0.460135963295],
    scales: [0.275413952325, 0.584540709594, 0.23050441114, 0.173615388108, 0.244628634941, 0.271326880563, 0.2884128402, 0.367462428171, 0.29316044366],
    weights: [1.02764700722, 1.54245588308, 0.77719282304, -0.014751852402, 0.487584559351, 0.791960821449, 0.650624686417, 0.648097631209, 1.99624168485],
    bias: 0.308676066915,
    threshold: 0.227930504592,
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
    means: [-1.3035834343, 0.261683632117, 0.758344980403, 0.54403194621, 0.981888000322, 0.33332775045, 0.858397360126, 0.30296365593, 1.89637913877],
    scales: [0.501598033634, 0.151733661021, 0.223236402226, 0.23100546284, 0.130561821326, 0.351810063153, 0.267406625262, 0.248323116573, 0.327152172254],
    weights: [0.543519596994, 0.844009522914, 0.088685182649, 0.199577450714, 0.645965336828, 0.347852158919, 0.422463168123, 0.463752014301, 0.364770225032],
    bias: 0.117507734943,
    threshold: 0.26903252325,
  },
};
