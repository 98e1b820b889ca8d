// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679597385669, -0.483218648744, 0.604188342668, 0.849345449833, 0.971391123706, 0.900372598936, 0.504490816076, 1.786410901, 0.599596621215, 0.336987035399],
  scales: [0.25131174461, 0.487130887307, 0.271553910243, 0.246635397541, 0.141714363292, 0.21941005988, 0.279664113525, 0.372926221285, 0.281032003679, 0.192215631614],
  weights: [0.764269832106, 1.24213168394, 0.331323334385, 1.06541844808, 0.30764120283, 0.901957677468, 0.639925370799, 0.311994468507, 1.41134341447, -0.118305944425],
  bias: 4.72067135988,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.639897386325,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.510250514571,
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
    means: [0.388289483451, -1.04499890211, 0.337386425103, 0.992264064553, 0.378872780741, 0.8923553929, 0.371621430508, 1.87280414761, 0.432624820674],
    scales: [0.165058446109, 0.463443470118, 0.168449932635, 0.084472579696, 0.364896790522, 0.215907474018, 0.264760784026, 0.329104107525, 0.233294386754],
    weights: [0.14214554983, 0.549206065851, 1.05474629026, 0.731174790123, 0.296194986901, 0.450561263731, 0.163625832241, 0.224279229847, -0.398977679265],
    bias: 2.34050232679,
    threshold: 0.631900773195,
  },
};
