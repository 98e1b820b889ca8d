// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
    means: [0.520083285491, -0.815723645158, 0.45807719473, 0.826256065636, 0.910865804729, 0.754935545399, 0.389066963649, 1.80615097462],
    scales: [0.275789069096, 0.594646738753, 0.285230422992, 0.2317392397, 0.252957021652, 0.385287708941, 0.289828630507, 0.367349496517],
    weights: [1.21450157745, 1.85895698874, 1.33932304564, 0.381802468035, 0.606083871692, 0.470920857605, 0.367379601591, 0.847746812091],
    bias: 0.143487866823,
    threshold: 0.203594251574,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-1.07486069967, 0.751766446556, 0.796036294967, 0.746283915319, 0.372266506485, 1.7663447432],
    scales: [0.578365508369, 0.25413922755, 0.356242350332, 0.385559693055, 0.280816781406, 0.337225610768],
    weights: [2.02500935486, 0.0134571572332, 0.285179337922, 0.640724537363, 0.483840713397, 0.481683857953],
    bias: -0.0410589173814,
    threshold: 0.276709148168,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'typed', 'margin', 'units'],
    means: [-1.32834025558, 0.257385629205, 0.755306050354, 0.539113440661, 0.981707750443, 0.766728281405, 0.302137264741, 1.89679987178],
    scales: [0.508585645088, 0.151438799536, 0.224529818229, 0.232572312816, 0.131830472776, 0.36456204544, 0.25061994372, 0.327669348357],
    weights: [0.396391073617, 1.05168993585, 0.204046637908, 0.23017637075, 0.599435870423, 0.284085461212, 0.430299677661, 0.296894929408],
    bias: 0.128990645583,
    threshold: 0.255670021743,
  },
};
