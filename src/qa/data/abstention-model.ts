// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.6660695158, -0.505883948348, 0.594503054685, 0.859320666233, 0.965225888724, 0.896162053414, 0.503493206614, 1.78796394088, 0.596941652095, 0.344027394411],
  scales: [0.25048931216, 0.492662727583, 0.271367550034, 0.234181367373, 0.159931512749, 0.229522962141, 0.284312336867, 0.37648691153, 0.278635978027, 0.196748213049],
  weights: [0.761862498468, 1.24124106056, 0.125780694489, 0.915224645871, 0.399303491543, 0.860089339948, 0.572897250494, 0.222235143325, 1.51226210774, -0.16301487005],
  bias: 4.51715606322,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.691111663755,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.426808988502,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.850413441175, 0.57302094467, 0.901429176214, 0.894730927494, 0.463776239621, 1.75120560764],
    scales: [0.52023847037, 0.295119083067, 0.260408756431, 0.22525511052, 0.292584625163, 0.343875313333],
    weights: [2.18140578936, 0.0909942438049, 0.22759368052, 0.963011939346, 0.457329065585, 0.381334216643],
    bias: 2.56028449531,
    threshold: 0.647063524702,
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
