// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.678944426062, -0.48717316234, 0.604540575764, 0.849054758705, 0.971257800844, 0.0143757052214, 0.90114273814, 0.509721079692, 1.7854021464, 0.602608899869, 0.336872090428],
  scales: [0.253583107291, 0.496539367002, 0.272426671459, 0.247870600751, 0.142186675044, 0.119033794868, 0.220660076009, 0.281334851407, 0.372835883661, 0.281009940346, 0.192938024041],
  weights: [0.738031883028, 1.20448825258, 0.501422382667, 1.00323045041, 0.296579784179, -0.217251631312, 0.788873433926, 0.549263412768, 0.291819165515, 1.43175723427, -0.208236656453],
  bias: 4.78406159887,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.657001107922,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.422466497982,
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
    means: [0.389070149243, -1.04341761738, 0.233097016712, 0.992264018434, 0.384342623497, 0.00563031662322, 0.894000489988, 0.37974374955, 1.87183673011, 0.550667295287, 0.425647036835],
    scales: [0.165197379485, 0.465193484575, 0.342567237381, 0.084472951014, 0.36707788974, 0.0748239009805, 0.215364137685, 0.267864336518, 0.329699129352, 0.2407281381, 0.232165193337],
    weights: [0.718098005563, 0.269408169738, 0.0779001058887, 0.653037131851, 0.278225305197, -0.564253841289, 0.417107772016, 0.0956768356974, -0.357571025484, -0.903215781233, -0.443132844317],
    bias: 2.30396995208,
    threshold: 0.678771931566,
  },
};
