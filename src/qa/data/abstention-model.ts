// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.678823674829, -0.487419477724, 0.604439233407, 0.848946277664, 0.971206794277, 0.90114273814, 0.509884332279, 1.7854021464, 0.602614053278, 0.33669796902],
  scales: [0.253651990204, 0.496666896267, 0.272463351624, 0.247948449552, 0.142439827038, 0.220660076009, 0.281271103789, 0.372835883661, 0.281001345092, 0.193090822651],
  weights: [0.760453577844, 1.21094748618, 0.51345363169, 1.00062846394, 0.295495595526, 0.822049856904, 0.54209663504, 0.294509606872, 1.41440180915, -0.2144864242],
  bias: 4.81958136353,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.657148912864,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.420971165384,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795282843199, 0.913870910358, 0.902346218519, 0.471780981404, 1.71595300857, 0.589083422637],
    scales: [0.535089903346, 0.24432180626, 0.21631447326, 0.285875992061, 0.366922872571, 0.240240943953],
    weights: [2.21806812736, 0.348871971024, 0.99488843431, 0.320091298534, 0.460536304787, -0.359991098179],
    bias: 2.55413163513,
    threshold: 0.667828101001,
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
