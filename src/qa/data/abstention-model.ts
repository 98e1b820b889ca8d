// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679717051778, -0.486903118621, 0.602425305697, 0.848935392284, 0.971044025188, 0.0193660547317, 0.88977950333, 0.512629490071, 1.77991281213, 0.59781564375, 0.336005377014],
  scales: [0.254753525864, 0.498782674866, 0.273781492162, 0.247898750817, 0.143112088594, 0.137807875884, 0.246169695255, 0.283005840364, 0.370787280609, 0.283945123891, 0.192143895471],
  weights: [0.808928697992, 1.29844544089, 0.605527205061, 0.903291044813, 0.314520886582, -0.73140072894, 0.66503705989, 0.48822168141, 0.238988528953, 1.0976634723, -0.20600544376],
  bias: 4.64353764009,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.696899593291,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.436422504035,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795621079682, 0.913916364166, 0.0241391914606, 0.898984445989, 0.474699484276, 1.71595300857, 0.589994301705],
    scales: [0.533199154982, 0.244230564004, 0.153481239558, 0.224550142438, 0.285071967954, 0.366922872571, 0.240828914114],
    weights: [2.40469110719, 0.302160282197, -0.994531412355, 0.67441645658, 0.306328907656, 0.483570443827, -0.338092495091],
    bias: 2.62154906365,
    threshold: 0.671059060939,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.387832984809, -1.04871828441, 0.337723206096, 0.236983860373, 0.992264018434, 0.376588877006, 0.0144965751349, 0.890623911418, 0.384954628715, 1.85957695756, 0.554587574567, 0.420795043543],
    scales: [0.16565171577, 0.471209320614, 0.168072686553, 0.343915099088, 0.084472951014, 0.369310670546, 0.119525831703, 0.225548277687, 0.266356850613, 0.32762405903, 0.24250116705, 0.232207405747],
    weights: [0.850982345226, 0.0558176539861, 0.0705271061218, 0.21955797792, 0.642279049176, 0.359282774136, -0.452590783331, 0.364342847488, 0.0291663477176, -0.340181581513, -0.917524506205, -0.496892281113],
    bias: 2.4018280372,
    threshold: 0.683831447512,
  },
};
