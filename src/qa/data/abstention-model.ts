// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679061235339, -0.483976617231, 0.603899503186, 0.848655005457, 0.970855931436, 0.90039466935, 0.506457038721, 1.78716971232, 0.598414612822, 0.336339639544],
  scales: [0.251175845892, 0.486917834927, 0.27133854268, 0.247049198613, 0.142985765674, 0.218612588447, 0.280673397576, 0.372533142681, 0.280542442806, 0.190831060197],
  weights: [0.731500955123, 1.22967934434, 0.410445347481, 1.07541245991, 0.327350665861, 0.904725289437, 0.642968396832, 0.325985893347, 1.35088193474, -0.141097471895],
  bias: 4.7223561518,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.6325799932,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509868989959,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813468236709, 0.914067363123, 0.900539153432, 0.465426249404, 1.71977726075],
    scales: [0.530930448537, 0.243165882569, 0.218497473456, 0.28819371886, 0.36458822915],
    weights: [2.36499209372, 0.377766975129, 0.988006761802, 0.408680553003, 0.54025356969],
    bias: 2.56278818032,
    threshold: 0.659138695954,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.381762106086, -1.06317064855, 0.331496091862, 0.992264064553, 0.37657891611, 0.891174188236, 0.368764526912, 1.87304286651, 0.437293548322],
    scales: [0.164130147854, 0.465112711191, 0.166596637773, 0.084472579696, 0.363470801061, 0.218185025825, 0.263945733963, 0.328979086281, 0.232506837923],
    weights: [0.0885717807253, 0.569925331882, 1.14791033491, 0.76638447704, 0.315015006584, 0.432311336267, 0.189296991467, 0.235777678721, -0.391307922854],
    bias: 2.39065141619,
    threshold: 0.629088126934,
  },
};
