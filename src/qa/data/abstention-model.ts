// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.666588866139, -0.505052513182, 0.594980172152, 0.860463934583, 0.965225888724, 0.895592659734, 0.502807357536, 1.78783688436, 0.597155174725, 0.344430727406],
  scales: [0.250524215415, 0.492622765297, 0.271425574205, 0.234110345135, 0.159931512749, 0.230502950697, 0.28419505959, 0.376584779365, 0.278673360083, 0.19741369998],
  weights: [0.769008541251, 1.26302509574, 0.127695673898, 0.896609086111, 0.394552684777, 0.862299438863, 0.581276406393, 0.226920396888, 1.52660800098, -0.152686412618],
  bias: 4.54375869078,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.688331194812,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.423484907894,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.839457384156, 0.575599936445, 0.900405705898, 0.894577406947, 0.463743498936, 1.75097722684],
    scales: [0.515939373132, 0.295120293679, 0.261979721784, 0.225234427647, 0.292723101796, 0.344043448862],
    weights: [2.29661772108, 0.0893967864864, 0.17631983565, 0.988782776176, 0.444258888628, 0.358053665671],
    bias: 2.60920311042,
    threshold: 0.658990086174,
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
