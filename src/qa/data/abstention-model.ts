// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.678833706244, -0.487401763404, 0.604449632761, 0.848942616562, 0.971206794277, 0.90114273814, 0.509909319607, 1.7854021464, 0.602614053278, 0.336582049223],
  scales: [0.253648663992, 0.496662961468, 0.272460660283, 0.247953191379, 0.142439827038, 0.220660076009, 0.281224423155, 0.372835883661, 0.281001345092, 0.192872560411],
  weights: [0.760420598807, 1.21208878839, 0.513427268601, 1.00009305718, 0.295352653161, 0.82172906227, 0.543208385398, 0.295013842821, 1.41322051661, -0.214480676822],
  bias: 4.81982029368,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.656934011245,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.427324851271,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795306427238, 0.913870910358, 0.902346218519, 0.471769445521, 1.71595300857, 0.589087090727],
    scales: [0.535093044614, 0.24432180626, 0.21631447326, 0.285888607241, 0.366922872571, 0.240234100114],
    weights: [2.21800210548, 0.348962500757, 0.994653290067, 0.319930356444, 0.460690997758, -0.359932951147],
    bias: 2.55405260278,
    threshold: 0.667924698837,
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
