// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.678937298687, -0.487176905221, 0.604481705389, 0.849061928238, 0.971257800844, 0.0153277537947, 0.90114273814, 0.509725515833, 1.7854021464, 0.602608899869, 0.336872090428],
  scales: [0.253574186739, 0.496522504382, 0.272434981163, 0.247865566316, 0.142186675044, 0.122852813392, 0.220660076009, 0.281326207459, 0.372835883661, 0.281009940346, 0.192938024041],
  weights: [0.741078537791, 1.19819387837, 0.511690064873, 1.00595531773, 0.296673720121, -0.427196908761, 0.764417750375, 0.546180084152, 0.29590694502, 1.43622335565, -0.212257179078],
  bias: 4.77730873749,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.660551448756,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.428050621885,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795021576935, 0.5888774413, 0.913870910358, 0.0235852600208, 0.902346218519, 0.473230444944, 1.71595300857, 0.589195857675],
    scales: [0.534625703723, 0.307572519183, 0.24432180626, 0.151753074205, 0.21631447326, 0.284738719148, 0.366922872571, 0.240385689438],
    weights: [2.37183852709, 0.0118990478566, 0.294559696111, -1.05820263181, 0.626980240677, 0.28464070286, 0.44230058478, -0.395981573125],
    bias: 2.61391649485,
    threshold: 0.674227873978,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.389049517116, -1.0434672417, 0.233097016712, 0.992264018434, 0.384342623497, 0.00886625851165, 0.894000489988, 0.379741457349, 1.87183673011, 0.55067927538, 0.425523580045],
    scales: [0.165194027775, 0.465175812992, 0.342567237381, 0.084472951014, 0.36707788974, 0.0937424555453, 0.215364137685, 0.267862155308, 0.329699129352, 0.240724020613, 0.232125619007],
    weights: [0.729097302608, 0.264263162788, 0.0771217443828, 0.627368128556, 0.275017945364, -0.49747657583, 0.414309202241, 0.106393224985, -0.360654392605, -0.903146824604, -0.437083692989],
    bias: 2.31124165394,
    threshold: 0.678751738096,
  },
};
