// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679584218602, -0.486695707889, 0.602028940413, 0.849252916972, 0.971044025188, 0.0190770187866, 0.889810012449, 0.511680302884, 1.7854021464, 0.597729015167, 0.335715424812],
  scales: [0.254290541173, 0.497753617555, 0.273270589162, 0.247557843029, 0.143112088594, 0.136795782613, 0.24615825641, 0.282851517719, 0.372835883661, 0.282970224207, 0.19243846724],
  weights: [0.83402935072, 1.29922811775, 0.625032607694, 0.917648657811, 0.299495003387, -0.734699418489, 0.666563641785, 0.507625888168, 0.218443972657, 1.07976365125, -0.194562330972],
  bias: 4.66515678822,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.688727901465,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.479519313193,
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
    means: [0.388167044361, -1.04595568671, 0.233502441883, 0.992264018434, 0.371864526125, 0.0138792911843, 0.890006627468, 0.380376503235, 1.87183673011, 0.551145836022, 0.421412327494],
    scales: [0.164564734357, 0.466233196094, 0.342479573215, 0.084472951014, 0.368801288216, 0.116989984445, 0.226613980748, 0.26697960673, 0.329699129352, 0.242282486853, 0.232709837605],
    weights: [0.833767837418, 0.132514671325, 0.204065506927, 0.64200173333, 0.342954596148, -0.438540448144, 0.363793051959, 0.0598305307483, -0.352953429206, -0.908472539525, -0.495263738062],
    bias: 2.39661003436,
    threshold: 0.676332567712,
  },
};
