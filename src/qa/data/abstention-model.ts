// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.678944426062, -0.48717316234, 0.604540575764, 0.849054758705, 0.971257800844, 0.90114273814, 0.509721079692, 1.7854021464, 0.602608899869, 0.336872090428],
  scales: [0.253583107291, 0.496539367002, 0.272426671459, 0.247870600751, 0.142186675044, 0.220660076009, 0.281334851407, 0.372835883661, 0.281009940346, 0.192938024041],
  weights: [0.746408685034, 1.21064863209, 0.495485975716, 1.00224217627, 0.29568573911, 0.818074682673, 0.549606899079, 0.29229057042, 1.42533104823, -0.204470794956],
  bias: 4.80052278017,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.657102131941,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.422962416196,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795021576935, 0.913870910358, 0.902346218519, 0.473230444944, 1.71595300857, 0.589195857675],
    scales: [0.534625703723, 0.24432180626, 0.21631447326, 0.284738719148, 0.366922872571, 0.240385689438],
    weights: [2.20972350194, 0.347653807967, 0.994295682212, 0.326585739438, 0.456131500545, -0.364916804823],
    bias: 2.556557058,
    threshold: 0.665486282666,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.389070149243, -1.04341761738, 0.233097016712, 0.992264018434, 0.384342623497, 0.894000489988, 0.37974374955, 1.87183673011, 0.550667295287, 0.425647036835],
    scales: [0.165197379485, 0.465193484575, 0.342567237381, 0.084472951014, 0.36707788974, 0.215364137685, 0.267864336518, 0.329699129352, 0.2407281381, 0.232165193337],
    weights: [0.712207885382, 0.269755985925, 0.0767677323517, 0.65023657184, 0.266948405554, 0.453821547132, 0.0974379072857, -0.36779867825, -0.904113911754, -0.443241093808],
    bias: 2.33053952341,
    threshold: 0.681511970826,
  },
};
