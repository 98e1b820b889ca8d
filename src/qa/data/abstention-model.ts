// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.667963744036, -0.503107288542, 0.596760459538, 0.860527048378, 0.965225888724, 0.89599123531, 0.504176022392, 1.78403940623, 0.599192145637, 0.343631494196],
  scales: [0.250971461365, 0.493043180724, 0.272061362124, 0.23470870458, 0.159931512749, 0.229501435474, 0.284352952676, 0.376164875853, 0.279075247144, 0.196199743244],
  weights: [0.736219426376, 1.23805691438, 0.135915550853, 0.893109210625, 0.382459712699, 0.846857921196, 0.574914935449, 0.227023135658, 1.5235246598, -0.186829945228],
  bias: 4.52485634695,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.687617636734,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.429779206548,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.842395082786, 0.578743799437, 0.901429176214, 0.894730927494, 0.465022683297, 1.74428933677],
    scales: [0.522435014447, 0.297594006749, 0.260408756431, 0.22525511052, 0.291964803639, 0.34479073999],
    weights: [2.16986805128, 0.0988821650865, 0.227047683378, 0.951251815856, 0.468974793715, 0.370751950667],
    bias: 2.56979919709,
    threshold: 0.641555230401,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12648147312, 0.313178493922, 0.614743529372, 0.992264064553, 0.37153302934, 0.884313142794, 0.369312377118, 1.88063700802, 0.435997252026],
    scales: [0.481358722881, 0.161595598398, 0.232732779366, 0.084472579696, 0.362660154297, 0.229253772905, 0.264004473417, 0.32955277972, 0.23241785203],
    weights: [0.2403934992, 1.43438918918, 0.168491372073, 0.757697527031, 0.333022226747, 0.423814073569, 0.158910130526, 0.249022893317, -0.405860087294],
    bias: 2.39252994001,
    threshold: 0.607185752056,
  },
};
