// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679421634051, -0.48329344052, 0.603959402031, 0.650716145406, 0.848710522119, 0.970859844794, 0.894479893152, 0.505482317536, 1.78898468578, 0.597937261929, 0.336918617304],
  scales: [0.251039581921, 0.486633518226, 0.271362139876, 0.437063993485, 0.24654505927, 0.142969438102, 0.229119702041, 0.280908224337, 0.372826687116, 0.280353164196, 0.191203987391],
  weights: [0.70200814599, 1.18641660551, 0.320424822848, 0.0163314050352, 1.11057268573, 0.323611754613, 0.883429922755, 0.673074636966, 0.303417219027, 1.43419933188, -0.102338085937],
  bias: 4.68183637141,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.625564760287,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.496128139323,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.812843669272, 0.914078549545, 0.897905133248, 0.463458463981, 1.72182971495],
    scales: [0.530994222649, 0.243158979138, 0.222608457432, 0.290345806724, 0.365317355474],
    weights: [2.3584788987, 0.371108370936, 0.957256287398, 0.408165325239, 0.536391731275],
    bias: 2.54971243351,
    threshold: 0.662619054345,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.381262531517, -1.065243627, 0.330791953043, 0.992264064553, 0.374232751313, 0.890033172698, 0.368398469391, 1.87451486634, 0.434783394961],
    scales: [0.164837738684, 0.466550947276, 0.167158875723, 0.084472579696, 0.362585082403, 0.219503613362, 0.265181563603, 0.328852094286, 0.230656952706],
    weights: [0.00728227265204, 0.544206246968, 1.23190236742, 0.77291764379, 0.305120644008, 0.446103138411, 0.182512340219, 0.228750841381, -0.455497093695],
    bias: 2.4007417439,
    threshold: 0.620182570665,
  },
};
