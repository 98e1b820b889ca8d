// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.525952971261, -0.799696556423, 0.82848325078, 0.124977234693, 0.915285891672, 0.853700853877, 0.389503448556, 1.80927328838, 0.45995802777],
    scales: [0.275240386459, 0.584325690754, 0.23050441114, 0.173615388108, 0.244628634941, 0.290481209537, 0.288269355144, 0.367471323983, 0.29291691419],
    weights: [1.01590276683, 1.52735730796, 0.788054891569, -0.0130744315549, 0.493251590626, 0.694631425276, 0.662925305111, 0.64112830166, 1.97733605723],
    bias: 0.313799933537,
    threshold: 0.225047439086,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-1.08406151381, 0.79790001589, 0.85379380003, 0.387619893595, 1.77232269868],
    scales: [0.590517480353, 0.355843360112, 0.285387036154, 0.287291574248, 0.338724944672],
    weights: [2.45998209661, 0.187611454139, 0.893022712895, 0.348871124593, 0.443358704183],
    bias: -0.0532538867851,
    threshold: 0.308122128157,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30376005066, 0.261651585992, 0.758391837592, 0.543745821745, 0.981888000322, 0.333431024571, 0.848156482997, 0.301519039745, 1.89650528499],
    scales: [0.50142713276, 0.151662438175, 0.223220509891, 0.230669171314, 0.130561821326, 0.351835128437, 0.284100432194, 0.248603650732, 0.327141526975],
    weights: [0.52706421079, 0.876747844084, 0.095918412516, 0.204828425071, 0.635733007891, 0.349732424835, 0.33607332393, 0.433340083469, 0.368442013984],
    bias: 0.129234466263,
    threshold: 0.264799946907,
  },
};
