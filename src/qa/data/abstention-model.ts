// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679611945343, -0.483201010328, 0.604188342668, 0.849345449833, 0.971391123706, 0.900372598936, 0.504554018537, 1.786410901, 0.599596621215, 0.336987035399],
  scales: [0.251320197809, 0.487141436535, 0.271553910243, 0.246635397541, 0.141714363292, 0.21941005988, 0.279696447919, 0.372926221285, 0.281032003679, 0.192215631614],
  weights: [0.764242137941, 1.24214067151, 0.33126799941, 1.06549301357, 0.307649291739, 0.901977982819, 0.640205056995, 0.311999184858, 1.41138287503, -0.118252492065],
  bias: 4.72100670779,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.63990060039,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.510224905138,
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
    means: [0.388209923204, -1.04522743062, 0.337198650486, 0.992264064553, 0.378015123129, 0.8923553929, 0.371425187111, 1.87280414761, 0.432763229678],
    scales: [0.165051926955, 0.463492898511, 0.168488932353, 0.084472579696, 0.364914869684, 0.215907474018, 0.264881292866, 0.329104107525, 0.232897811598],
    weights: [0.13648582869, 0.557702264291, 1.06084503618, 0.72885372255, 0.293657418458, 0.451321737301, 0.152513214838, 0.227146964208, -0.400524750415],
    bias: 2.33883955395,
    threshold: 0.633048587172,
  },
};
