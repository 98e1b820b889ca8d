// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [0.520162618396, -0.815381613319, 0.458050940737, 0.82638748205, 0.910865804729, 1, 0.754102077194, 0.388629185709, 1.80615097462],
    scales: [0.275737435041, 0.59424875263, 0.285336675083, 0.231686398656, 0.252957021652, 1, 0.385788589384, 0.289728365012, 0.367349496517],
    weights: [1.21050117452, 1.86128197929, 1.34301646775, 0.386680744657, 0.606883659747, 0, 0.4784074947, 0.369103990407, 0.848050079654],
    bias: 0.143101699957,
    threshold: 0.202716188105,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-1.07539534117, 0.751865563493, 0.796036294967, 0.747497851676, 0.372212853257, 1.7663447432],
    scales: [0.578768789428, 0.254083117973, 0.356242350332, 0.384147601465, 0.280885552835, 0.337225610768],
    weights: [2.03286227546, 0.0116784209922, 0.285702525323, 0.648647285153, 0.485231678184, 0.485264322546],
    bias: -0.0396873292976,
    threshold: 0.276863272127,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.32834025558, 0.257385629205, 0.755306050354, 0.539113440661, 0.981707750443, 0.331036455463, 0.766728281405, 0.302137264741, 1.89679987178],
    scales: [0.508585645088, 0.151438799536, 0.224529818229, 0.232572312816, 0.131830472776, 0.353285139192, 0.36456204544, 0.25061994372, 0.327669348357],
    weights: [0.515385852152, 0.913917675837, 0.155238462529, 0.142077391669, 0.615478183927, 0.33494702262, 0.270218010032, 0.443650351619, 0.39172242729],
    bias: 0.124734683747,
    threshold: 0.256767924045,
  },
};
