// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.520515498262, -0.812577546725, 0.457287242535, 0.82848325078, 0.124977234693, 0.915462405568, 0.853002243573, 0.389872836331, 1.80927328838, 0.460339843197],
    scales: [0.274905362715, 0.588822364124, 0.284088877356, 0.23050441114, 0.173615388108, 0.24432873432, 0.292109873342, 0.28867548645, 0.367471323983, 0.292332807936],
    weights: [1.00003865757, 1.50546424219, 0.0905894168617, 0.806782086415, -0.0177813785549, 0.516552846579, 0.730104139526, 0.599481782356, 0.6427260829, 1.89397030722],
    bias: 0.294969461846,
    threshold: 0.209964565826,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-1.09653271761, 0.797287844543, 0.85331404832, 0.388646116987, 1.77232269868],
    scales: [0.597323668187, 0.355908709349, 0.286190381621, 0.287087935726, 0.338724944672],
    weights: [2.48462377072, 0.176564336317, 0.889432895325, 0.344203413485, 0.467284652689],
    bias: -0.0461591639222,
    threshold: 0.290268859925,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.31550274816, 0.260707799171, 0.758391837592, 0.542571421735, 0.981888000322, 0.329386683669, 0.845794942515, 0.302606770024, 1.89650528499],
    scales: [0.502557529533, 0.151171081579, 0.223220509891, 0.231170456653, 0.130561821326, 0.352421048689, 0.286970120321, 0.249555987509, 0.327141526975],
    weights: [0.488861483896, 0.905936413291, 0.0902496263764, 0.237732000529, 0.635705475008, 0.357862830216, 0.349225410001, 0.425805195955, 0.372693813726],
    bias: 0.133608932888,
    threshold: 0.25230026424,
  },
};
