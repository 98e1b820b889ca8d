// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679611945343, -0.483201010328, 0.604188342668, 0.849345449833, 0.971391123706, 0.900372598936, 0.504522148897, 1.786410901, 0.599596621215, 0.336987035399],
  scales: [0.251320197809, 0.487141436535, 0.271553910243, 0.246635397541, 0.141714363292, 0.21941005988, 0.279679089326, 0.372926221285, 0.281032003679, 0.192215631614],
  weights: [0.764281315347, 1.24215780349, 0.331326609297, 1.0654241262, 0.307637525772, 0.901959448849, 0.639953606894, 0.311990657934, 1.41134848786, -0.118312232666],
  bias: 4.72083265679,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.639898759862,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.510253221715,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.794711473035, 0.915980397596, 0.90133013832, 0.467111472051, 1.71697186347],
    scales: [0.529583351134, 0.241131987721, 0.216617007789, 0.285326938007, 0.367519281228],
    weights: [2.42925281634, 0.395943265007, 0.94647688223, 0.30467968802, 0.694649292611],
    bias: 2.49704069458,
    threshold: 0.658625995155,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.388209923204, -1.04522743062, 0.337198650486, 0.992264064553, 0.378015123129, 0.8923553929, 0.371692968779, 1.87280414761, 0.432763229678],
    scales: [0.165051926955, 0.463492898511, 0.168488932353, 0.084472579696, 0.364914869684, 0.215907474018, 0.264779830034, 0.329104107525, 0.232897811598],
    weights: [0.137092646832, 0.557515784742, 1.05526900872, 0.730653061829, 0.294257822238, 0.4512780976, 0.162345712633, 0.225897469702, -0.398051634395],
    bias: 2.33967332203,
    threshold: 0.632644737984,
  },
};
