// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.526011608911, -0.799628394537, 0.82848325078, 0.124977234693, 0.915285891672, 0.853487331247, 0.38949744822, 1.80921843062, 0.460017339612],
    scales: [0.275312154312, 0.584401231745, 0.23050441114, 0.173615388108, 0.244628634941, 0.290887852664, 0.288260098553, 0.367462428171, 0.293009371116],
    weights: [1.01609777106, 1.527598672, 0.78804945377, -0.0130613438667, 0.493259258585, 0.695504839716, 0.662894058813, 0.641092245536, 1.97781112904],
    bias: 0.313918464768,
    threshold: 0.225053070694,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-1.08406151381, 0.79790001589, 0.85379380003, 0.387486110532, 1.77232269868],
    scales: [0.590517480353, 0.355843360112, 0.285387036154, 0.287447408999, 0.338724944672],
    weights: [2.45987224655, 0.187477581963, 0.893008389822, 0.349169920816, 0.44335482907],
    bias: -0.0533345640369,
    threshold: 0.308157850313,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30373546143, 0.261710600879, 0.758344980403, 0.543698964555, 0.981888000322, 0.333431024571, 0.847665484634, 0.301671059488, 1.89637913877],
    scales: [0.501450202537, 0.151716127444, 0.223236402226, 0.23064094697, 0.130561821326, 0.351835128437, 0.285045789946, 0.248559521845, 0.327152172254],
    weights: [0.520979771922, 0.883568015109, 0.0963056562679, 0.205320448267, 0.635880794933, 0.349015141525, 0.331819958477, 0.434887087131, 0.367974514498],
    bias: 0.130800198646,
    threshold: 0.264425160642,
  },
};
