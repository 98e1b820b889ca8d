// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673867501639, -0.492460161704, 0.602138309747, 0.848307552731, 0.964920418266, 0.894616707669, 0.509057226151, 1.78987821315, 0.599209519803, 0.338547693729],
  scales: [0.250362006323, 0.489013933687, 0.27244588358, 0.246443376565, 0.160748144725, 0.229801312975, 0.286006361335, 0.372282358431, 0.278488680038, 0.193620004066],
  weights: [0.744849971487, 1.18998017736, 0.269372063084, 1.10559573538, 0.351682139384, 0.851079374271, 0.735643619088, 0.306184847129, 1.33510467707, -0.107661394059],
  bias: 4.60970169202,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.63241369459,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.488426319935,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.833713420586, 0.572323884765, 0.901514984244, 0.89608066492, 0.459860809098, 1.72352791622],
    scales: [0.526982767376, 0.302230034677, 0.261079618377, 0.225629090237, 0.287877821928, 0.363312905858],
    weights: [2.29345031026, 0.000973608990519, 0.213162675738, 0.935302563254, 0.408487249307, 0.402732642091],
    bias: 2.55696859133,
    threshold: 0.642531171284,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12468701925, 0.314033805922, 0.616173588984, 0.992264064553, 0.372316461708, 0.884027888909, 0.368388082064, 1.87576168187, 0.439465155281],
    scales: [0.482014879285, 0.161771502673, 0.231955807362, 0.084472579696, 0.362338782352, 0.229222346876, 0.265761080354, 0.328226769132, 0.232432734592],
    weights: [0.298202500669, 1.46144265498, 0.153033847274, 0.813284191832, 0.319769909726, 0.424077504403, 0.18235076499, 0.23523133605, -0.413380479165],
    bias: 2.44556663142,
    threshold: 0.620465539649,
  },
};
