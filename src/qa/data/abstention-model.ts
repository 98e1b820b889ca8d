// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.66658090955, -0.505062007095, 0.594972215564, 0.860463934583, 0.965225888724, 0.895592659734, 0.502807357536, 1.78783688436, 0.597155174725, 0.344430727406],
  scales: [0.250518768329, 0.492616436366, 0.271418447395, 0.234110345135, 0.159931512749, 0.230502950697, 0.28419505959, 0.376584779365, 0.278673360083, 0.19741369998],
  weights: [0.768999488677, 1.26301071717, 0.127688354184, 0.896607659621, 0.39455252879, 0.862300320332, 0.581276112657, 0.226921460108, 1.5266079073, -0.152685749404],
  bias: 4.54370980849,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.6883311395,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.42348433053,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.83950047269, 0.575683401199, 0.900405705898, 0.894577406947, 0.463743498936, 1.75097722684],
    scales: [0.515892114999, 0.295161609172, 0.261979721784, 0.225234427647, 0.292723101796, 0.344043448862],
    weights: [2.29643260632, 0.0894110497725, 0.17631691185, 0.988793603167, 0.444262670953, 0.358059940145],
    bias: 2.60905730586,
    threshold: 0.658991247468,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.13134619534, 0.311603201185, 0.612490909802, 0.992264064553, 0.370475063059, 0.886015270453, 0.369026348753, 1.8827716129, 0.436397526823],
    scales: [0.482125938152, 0.161433278037, 0.232592694655, 0.084472579696, 0.361522892743, 0.227025756491, 0.263945778855, 0.330312267295, 0.233321104169],
    weights: [0.246060337784, 1.37069136269, 0.180738600554, 0.761760453877, 0.324846825275, 0.428099140409, 0.182792622366, 0.224398390789, -0.385273841463],
    bias: 2.36085762345,
    threshold: 0.607265576038,
  },
};
