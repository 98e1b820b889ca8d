// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673843075221, -0.492495227172, 0.602189623589, 0.848307552731, 0.964920418266, 0.894616707669, 0.509048234994, 1.78987821315, 0.599209519803, 0.338547693729],
  scales: [0.250357344915, 0.48900603881, 0.272377279636, 0.246443376565, 0.160748144725, 0.229801312975, 0.286022295468, 0.372282358431, 0.278488680038, 0.193620004066],
  weights: [0.740792104292, 1.18679663806, 0.282496711908, 1.10582564587, 0.351798427982, 0.851190536984, 0.735434742515, 0.307059761757, 1.3311963227, -0.108352287892],
  bias: 4.61233213331,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.6326297053,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.488352336667,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.83206077942, 0.901514984244, 0.89608066492, 0.460057530769, 1.72352791622],
    scales: [0.526285030404, 0.261079618377, 0.225629090237, 0.287800868849, 0.363312905858],
    weights: [2.28634534007, 0.21343947893, 0.929739929577, 0.407308485548, 0.395139821248],
    bias: 2.55472014481,
    threshold: 0.640287530859,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12350940748, 0.314622415867, 0.616614313127, 0.992264064553, 0.372316461708, 0.884027888909, 0.368771201271, 1.87576168187, 0.439064880483],
    scales: [0.482688483643, 0.162085491535, 0.232044510606, 0.084472579696, 0.362338782352, 0.229222346876, 0.265430204704, 0.328226769132, 0.232328118713],
    weights: [0.325600132879, 1.3786276662, 0.157009369354, 0.807923367486, 0.320591640655, 0.418079488874, 0.174562765147, 0.224772536268, -0.42054217612],
    bias: 2.41312165649,
    threshold: 0.617854881279,
  },
};
