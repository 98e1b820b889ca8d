// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [0.520656060554, -0.812806275531, 0.458638112675, 0.829250444674, 0.915762023678, 1, 0.754427713235, 0.387125170077, 1.80615097462],
    scales: [0.275197082401, 0.59010702827, 0.285148187297, 0.229555259261, 0.244170787952, 1, 0.385496485237, 0.28869645849, 0.367349496517],
    weights: [1.22198388845, 1.81503850352, 1.34249733015, 0.375499861784, 0.605493355239, 0, 0.473905940477, 0.412319226454, 0.833195579885],
    bias: 0.167703223773,
    threshold: 0.199477516214,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-1.06836121264, 0.804610625798, 0.745900629454, 0.374799491716, 1.7663447432],
    scales: [0.573142197467, 0.349674487404, 0.385779984875, 0.280552731215, 0.337225610768],
    weights: [2.00701098186, 0.335430353358, 0.640628705766, 0.439584112832, 0.487413722941],
    bias: -0.0501355173676,
    threshold: 0.276869804007,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.32479232741, 0.258290008082, 0.755710726307, 0.539694628345, 0.981888000322, 0.331863176756, 0.7649576817, 0.301602515205, 1.89679987178],
    scales: [0.505731519898, 0.151446291886, 0.223537266686, 0.231902640363, 0.130561821326, 0.352984451515, 0.365551096532, 0.249588815427, 0.327669348357],
    weights: [0.533994963585, 0.890476751352, 0.13589124431, 0.156233625062, 0.615221508188, 0.339303224271, 0.275764175266, 0.442358379122, 0.384756935695],
    bias: 0.123858305957,
    threshold: 0.250669375384,
  },
};
