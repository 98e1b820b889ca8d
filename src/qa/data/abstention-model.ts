// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673894545156, -0.492303893512, 0.602175781335, 0.848330759375, 0.964920418266, 0.894920951825, 0.508960801981, 1.78996108544, 0.599270709945, 0.338547693729],
  scales: [0.250323426388, 0.488527368438, 0.27240028741, 0.246403847363, 0.160748144725, 0.229775125272, 0.285959667781, 0.372407068266, 0.278416809498, 0.193620004066],
  weights: [0.743887964395, 1.19004760007, 0.268473601059, 1.10576333458, 0.351466026271, 0.851172692944, 0.73477726191, 0.305511473591, 1.3350470756, -0.10737770429],
  bias: 4.61014706518,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.63237056022,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.488323975831,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.833713420586, 0.572323884765, 0.901514984244, 0.896319010259, 0.45981835855, 1.72352791622],
    scales: [0.526982767376, 0.302230034677, 0.261079618377, 0.225639755061, 0.287872855102, 0.363312905858],
    weights: [2.28979052945, 0.00214293411396, 0.212205189173, 0.927243548392, 0.404392227838, 0.399780067546],
    bias: 2.55214377538,
    threshold: 0.641984410822,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12467491506, 0.314005657927, 0.616221535607, 0.992264064553, 0.372244311005, 0.884313142794, 0.368214679431, 1.87594530769, 0.439712068861],
    scales: [0.481986864232, 0.161780447762, 0.231937335033, 0.084472579696, 0.362401270012, 0.229253772905, 0.265587342545, 0.328492056628, 0.232390675756],
    weights: [0.292544406455, 1.4651577397, 0.1534521353, 0.813404675217, 0.320225823807, 0.42120752359, 0.179591213945, 0.235132045637, -0.419677362543],
    bias: 2.44647800339,
    threshold: 0.619459176729,
  },
};
