// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.525893484152, -0.800115915629, 0.82848325078, 0.124977234693, 0.915285891672, 0.864449335886, 0.3905704933, 1.80927328838, 0.459925398463],
    scales: [0.275462948786, 0.584887953414, 0.23050441114, 0.173615388108, 0.244628634941, 0.271340558353, 0.288414835826, 0.367471323983, 0.293308315424],
    weights: [1.02547184926, 1.53606161558, 0.781717804843, -0.0129482768886, 0.486917801944, 0.792540789972, 0.66635230691, 0.647336152806, 1.99824978414],
    bias: 0.305725564732,
    threshold: 0.227098213552,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08499910777, 0.79790001589, 0.867133319403, 0.388383748491, 1.77232269868, 0.277330621028],
    scales: [0.591156914171, 0.355843360112, 0.262156387033, 0.287347033447, 0.338724944672, 0.277177229225],
    weights: [2.57546574039, 0.152152163635, 1.15371272875, 0.38102701847, 0.453059198467, 0.0442180022033],
    bias: -0.062679112806,
    threshold: 0.288891440702,
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
