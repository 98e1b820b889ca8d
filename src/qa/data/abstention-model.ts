// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67756522959, -0.489752908985, 0.603075938809, 0.849252916972, 0.971032908554, 0.0144586738515, 0.891975989803, 0.511212865175, 1.7854021464, 0.5982249413, 0.33716238646],
  scales: [0.253875538247, 0.497757665564, 0.272838324303, 0.247557843029, 0.143133104213, 0.119371774729, 0.240707364398, 0.282808507575, 0.372835883661, 0.282772877455, 0.194021976552],
  weights: [0.804301819949, 1.32680802403, 0.616903141533, 0.89853579265, 0.301946713451, -0.398476483553, 0.741049430516, 0.479260906438, 0.249165640174, 1.07711187151, -0.171679203856],
  bias: 4.62250215408,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.672731542882,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.46651083126,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.797379994598, 0.913916364166, 0.0224773971414, 0.901864889476, 0.474463930091, 1.71595300857, 0.589747209781],
    scales: [0.534369711898, 0.244230564004, 0.148230104092, 0.217221915096, 0.284840734302, 0.366922872571, 0.240650056955],
    weights: [2.40337639177, 0.294383962248, -1.00287083085, 0.653217304889, 0.288962621121, 0.490165129519, -0.33807761502],
    bias: 2.6027336097,
    threshold: 0.667121511638,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.387147040677, -1.04848014257, 0.234240911562, 0.992264018434, 0.370842963456, 0.00824897456103, 0.892737629064, 0.380643227425, 1.87183673011, 0.550022747401, 0.423522206058],
    scales: [0.164160797636, 0.465836982668, 0.342804770897, 0.084472951014, 0.368611469462, 0.0904484879903, 0.218739575319, 0.266475094661, 0.329699129352, 0.241564118449, 0.232869369725],
    weights: [0.837834766538, 0.154482650924, 0.153148558939, 0.637248594159, 0.32169938834, -0.457271172941, 0.400431980003, 0.0653259302655, -0.35163467381, -0.905420750444, -0.478111469281],
    bias: 2.365465703,
    threshold: 0.679767255734,
  },
};
