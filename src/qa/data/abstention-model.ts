// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.524877017081, -0.806005982512, 0.831198452688, 0.12196535599, 0.919552688384, 0.862887111927, 0.393950691144, 1.80613712902, 0.460739715997],
  scales: [0.277293394043, 0.59370220734, 0.230168704774, 0.171850172256, 0.237353644113, 0.269707079729, 0.289226982317, 0.366687200191, 0.294632453993],
  weights: [1.08277999346, 1.58341914702, 0.74296661356, -0.0188364013368, 0.479763847396, 0.826823477113, 0.649610989702, 0.637449297428, 2.03017146348],
  bias: 0.336245525872,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.311306117634,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.134191833303,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-1.0919611624, 0.8090074045, 0.864396530026, 0.380201677025, 1.77120696584],
    scales: [0.596035336336, 0.347295853899, 0.262793148989, 0.284121711017, 0.339625946711],
    weights: [2.77910961362, 0.200215292963, 1.23508620212, 0.465917608843, 0.457923815063],
    bias: -0.100214849951,
    threshold: 0.293597928064,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30840891667, 0.261458800611, 0.756792439852, 0.541886267586, 0.98188765729, 0.3315564642, 0.858556997737, 0.307902363634, 1.88955210636],
    scales: [0.509347449965, 0.153041983728, 0.225093889363, 0.231881248565, 0.130563580802, 0.354163462518, 0.267152703054, 0.250475605982, 0.327041623848],
    weights: [0.712233731034, 0.798551314186, 0.0733688194778, 0.112622818361, 0.621610984117, 0.378930979866, 0.45113305771, 0.433706337561, 0.388948840172],
    bias: 0.109699595207,
    threshold: 0.261479724399,
  },
};
