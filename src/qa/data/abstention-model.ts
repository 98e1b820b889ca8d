// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.520411580001, -0.812744541592, 0.458101917475, 0.82848325078, 0.124977234693, 0.915462405568, 0.8490282925, 0.388693039902, 1.80811226386, 0.461022070595],
    scales: [0.274873790394, 0.588713459582, 0.284821168473, 0.23050441114, 0.173615388108, 0.24432873432, 0.29429379895, 0.287134541017, 0.367739944817, 0.292989256135],
    weights: [0.996957474294, 1.51878277229, 0.0896386069164, 0.805209820408, -0.0231929320985, 0.493727057992, 0.720603005884, 0.580372840057, 0.646407648735, 1.89186718943],
    bias: 0.297545534081,
    threshold: 0.212896152348,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-1.09997027847, 0.796864571661, 0.845585673814, 0.384639526587, 1.77023578732],
    scales: [0.594974412679, 0.356207771194, 0.290438113426, 0.284982736832, 0.3390183171],
    weights: [2.44654464817, 0.181321177895, 0.853373181059, 0.33127778257, 0.462020189613],
    bias: -0.0471776291922,
    threshold: 0.284816573217,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.31550274816, 0.260707799171, 0.758391837592, 0.542571421735, 0.981888000322, 0.329386683669, 0.845794942515, 0.302676277779, 1.89650528499],
    scales: [0.502557529533, 0.151171081579, 0.223220509891, 0.231170456653, 0.130561821326, 0.352421048689, 0.286970120321, 0.249640241752, 0.327141526975],
    weights: [0.489003458181, 0.905509192089, 0.0904312242447, 0.237558874865, 0.635714074928, 0.357825754258, 0.349161789696, 0.42615473728, 0.372617834554],
    bias: 0.133588722387,
    threshold: 0.252295532746,
  },
};
