// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.6775693858, -0.489755263295, 0.60308009192, 0.849210268199, 0.971032908554, 0.0147472647833, 0.891368231566, 0.511260462123, 1.7854021464, 0.5982249413, 0.33716238646],
  scales: [0.253880557479, 0.497789133129, 0.27284571906, 0.247683226388, 0.143133104213, 0.12053954938, 0.241819964028, 0.282817429236, 0.372835883661, 0.282772877455, 0.194021976552],
  weights: [0.801634327016, 1.32774997082, 0.622540975646, 0.902810654795, 0.303578147216, -0.393035687469, 0.754154766281, 0.487085994919, 0.250342248904, 1.08076106971, -0.170758429027],
  bias: 4.63984023587,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.674370344998,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.462888575858,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.797379682578, 0.913916364166, 0.0224773971414, 0.901864889476, 0.474472193273, 1.71595300857, 0.589737340497],
    scales: [0.534372264581, 0.244230564004, 0.148230104092, 0.217221915096, 0.284836159789, 0.366922872571, 0.240649216209],
    weights: [2.40326772953, 0.294375793, -1.0028373566, 0.653250378224, 0.288957434839, 0.490088758754, -0.338209642372],
    bias: 2.60274279125,
    threshold: 0.667094834339,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.387150208934, -1.04864912041, 0.234240911562, 0.992264018434, 0.370842963456, 0.00824897456103, 0.892737629064, 0.380792958999, 1.87183673011, 0.55016450385, 0.423275292477],
    scales: [0.164215211045, 0.466416682173, 0.342804770897, 0.084472951014, 0.368611469462, 0.0904484879903, 0.218739575319, 0.266694344183, 0.329699129352, 0.241473207527, 0.232469712931],
    weights: [0.812298329612, 0.186719441128, 0.150771995187, 0.636178467966, 0.322705283218, -0.457221907361, 0.399785904549, 0.070436237845, -0.345632772694, -0.898062285706, -0.469455325843],
    bias: 2.36255112007,
    threshold: 0.680052118506,
  },
};
