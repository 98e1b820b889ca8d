// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679505834408, -0.486799132513, 0.602243286368, 0.849252916972, 0.971044025188, 0.0190770187866, 0.889810012449, 0.511664586891, 1.7854021464, 0.597970514744, 0.335946958987],
  scales: [0.254258496744, 0.497713719277, 0.273178633337, 0.247557843029, 0.143112088594, 0.136795782613, 0.24615825641, 0.282823003672, 0.372835883661, 0.282922270949, 0.192635570145],
  weights: [0.832191136392, 1.29798319115, 0.627890693184, 0.91802912177, 0.299683793551, -0.735101810213, 0.666531499016, 0.506227341491, 0.217596795602, 1.07871977422, -0.196809589274],
  bias: 4.66624904075,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.689444293459,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.47896398031,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795459256621, 0.913916364166, 0.0241391914606, 0.898984445989, 0.474477949685, 1.71595300857, 0.589986602965],
    scales: [0.533041072505, 0.244230564004, 0.153481239558, 0.224550142438, 0.285177056029, 0.366922872571, 0.240844661428],
    weights: [2.39301003135, 0.301810834716, -0.989990231945, 0.676967364538, 0.31338126049, 0.476449629061, -0.341583193995],
    bias: 2.61909083456,
    threshold: 0.670652643812,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.388133879104, -1.04605782036, 0.233502441883, 0.992264018434, 0.371773791397, 0.0138792911843, 0.890006627468, 0.380426816746, 1.87183673011, 0.551061611153, 0.421412327494],
    scales: [0.164578467279, 0.466249147884, 0.342479573215, 0.084472951014, 0.368805558387, 0.116989984445, 0.226613980748, 0.266980207595, 0.329699129352, 0.242298055486, 0.232709837605],
    weights: [0.832530824955, 0.13278084767, 0.204398755416, 0.641998003256, 0.342778202987, -0.438564600101, 0.363791003484, 0.0598642205266, -0.353405088843, -0.90910131224, -0.495398516038],
    bias: 2.39640831503,
    threshold: 0.676356751781,
  },
};
