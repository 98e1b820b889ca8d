// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.678937298687, -0.487176905221, 0.604481705389, 0.849061928238, 0.971257800844, 0.0143757052214, 0.90114273814, 0.509725515833, 1.7854021464, 0.602608899869, 0.336872090428],
  scales: [0.253574186739, 0.496522504382, 0.272434981163, 0.247865566316, 0.142186675044, 0.119033794868, 0.220660076009, 0.281326207459, 0.372835883661, 0.281009940346, 0.192938024041],
  weights: [0.740821164772, 1.20409278981, 0.498912003511, 1.00195777008, 0.296258873661, -0.214444350146, 0.791549919477, 0.54378023747, 0.290096295262, 1.43039823813, -0.209679545125],
  bias: 4.77762729963,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.65527373506,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.423149572166,
  },
  fromEnglish: {
    features: ['coverage', 'coverageLog', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [0.511235056255, -0.795021576935, 0.5888774413, 0.913870910358, 0.0162891332687, 0.902346218519, 0.473230444944, 1.71595300857, 0.589195857675],
    scales: [0.230990377145, 0.534625703723, 0.307572519183, 0.24432180626, 0.126585138962, 0.21631447326, 0.284738719148, 0.366922872571, 0.240385689438],
    weights: [0.229727590994, 2.23560281215, 0.0309903987329, 0.299724309869, -1.42364903642, 0.574253771289, 0.1935807892, 0.412595296278, -0.414354308642],
    bias: 2.65585535218,
    threshold: 0.682363785221,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.389049517116, -1.0434672417, 0.233097016712, 0.992264018434, 0.384342623497, 0.00563031662322, 0.894000489988, 0.379741457349, 1.87183673011, 0.55067927538, 0.425523580045],
    scales: [0.165194027775, 0.465175812992, 0.342567237381, 0.084472951014, 0.36707788974, 0.0748239009805, 0.215364137685, 0.267862155308, 0.329699129352, 0.240724020613, 0.232125619007],
    weights: [0.724342104082, 0.267681019272, 0.0772580446359, 0.65290674224, 0.278197336712, -0.563990298812, 0.417231364288, 0.0984552933575, -0.356226615172, -0.90258032271, -0.435834521487],
    bias: 2.30431798306,
    threshold: 0.677804720051,
  },
};
