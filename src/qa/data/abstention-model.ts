// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679301448343, -0.483529259726, 0.603937984532, 0.848969172721, 0.971391123706, 0.899586921702, 0.504227949739, 1.78662171989, 0.598793388402, 0.336639708841],
  scales: [0.251125480541, 0.486702670641, 0.271222386558, 0.24667882658, 0.141714363292, 0.220166364849, 0.279896882865, 0.372989367903, 0.280816312341, 0.191740044012],
  weights: [0.759067241694, 1.24744737462, 0.337981805475, 1.0697798917, 0.311149053186, 0.905803447847, 0.637552452798, 0.320665162727, 1.39919007026, -0.11456088974],
  bias: 4.71283603816,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638117500401,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.512944136013,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.805646356904, 0.915296170728, 0.900471506495, 0.463928850028, 1.71919958297],
    scales: [0.526874666357, 0.241356175644, 0.217723707416, 0.285358695212, 0.365063606002],
    weights: [2.3909091241, 0.372040563996, 0.935655633101, 0.335067851578, 0.670300170548],
    bias: 2.49178334229,
    threshold: 0.65982122504,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.05331466396, 0.335035299849, 0.992264064553, 0.380621226456, 0.891039517286, 0.370835096895, 1.87304286651, 0.436429350791],
    scales: [0.46432333333, 0.168535166464, 0.084472579696, 0.36460812516, 0.218128733895, 0.263661346819, 0.328979086281, 0.232284916013],
    weights: [0.62241292396, 1.11202896143, 0.753395264495, 0.329498986241, 0.416228685889, 0.202650543477, 0.245888616992, -0.372716157545],
    bias: 2.34330200097,
    threshold: 0.629122207057,
  },
};
