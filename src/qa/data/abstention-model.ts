// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679346426616, -0.483377137075, 0.603942751939, 0.65079526496, 0.848725482565, 0.970859844794, 0.894688548787, 0.505642315989, 1.78898468578, 0.597995200432, 0.336802918846],
  scales: [0.251006297384, 0.486541101407, 0.271361290126, 0.437100372139, 0.246518542073, 0.142969438102, 0.228982868055, 0.280858423831, 0.372826687116, 0.280291578967, 0.191045064183],
  weights: [0.702874229366, 1.18911354223, 0.333550487406, 0.0122043991771, 1.11282068309, 0.328749697786, 0.881724843031, 0.686751216275, 0.305774844145, 1.42546094953, -0.103963968667],
  bias: 4.70173149112,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.621800269511,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.495786497329,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813072414352, 0.914078549545, 0.898262661678, 0.463606669043, 1.72182971495],
    scales: [0.531066856007, 0.243158979138, 0.222361450613, 0.290341338162, 0.365317355474],
    weights: [2.36923488458, 0.372115787155, 0.967502463441, 0.41282619434, 0.540142053681],
    bias: 2.55874140812,
    threshold: 0.662168018573,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.380593587199, -1.06662926647, 0.330225051345, 0.992264064553, 0.374377364516, 0.890033172698, 0.368251881684, 1.87451486634, 0.436201228506],
    scales: [0.164096681162, 0.465800095325, 0.166476572473, 0.084472579696, 0.362482499026, 0.219503613362, 0.265407986922, 0.328852094286, 0.231159976805],
    weights: [0.0181250372261, 0.564438001668, 1.19556742524, 0.769213769463, 0.302253737505, 0.440208247888, 0.16925566599, 0.228444876753, -0.458438611206],
    bias: 2.39280335047,
    threshold: 0.620127186203,
  },
};
