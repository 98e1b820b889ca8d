// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.526013311235, -0.799723104588, 0.82848325078, 0.124977234693, 0.915285891672, 0.865188585946, 0.390509395141, 1.80927328838, 0.460014366225],
    scales: [0.275392848035, 0.58458083451, 0.23050441114, 0.173615388108, 0.244628634941, 0.270952541982, 0.288317112018, 0.367471323983, 0.293358368924],
    weights: [1.02757983747, 1.54260152345, 0.777052090476, -0.0146509681938, 0.487389259484, 0.791996304443, 0.650126994637, 0.647965587136, 1.99710475004],
    bias: 0.307069940607,
    threshold: 0.227774252626,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08471553158, 0.79790001589, 0.867267649882, 0.38845485885, 1.77232269868, 0.277490538265],
    scales: [0.591265506168, 0.355843360112, 0.26212066966, 0.28727357279, 0.338724944672, 0.277377698239],
    weights: [2.58136740586, 0.148558483315, 1.15949891635, 0.387209814886, 0.452106005902, 0.0453832731963],
    bias: -0.061801856213,
    threshold: 0.286463747619,
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
