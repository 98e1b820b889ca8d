// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.668087764398, -0.502869523476, 0.596929321655, 0.860474993506, 0.965271890941, 0.895774144615, 0.504316652984, 1.78332780774, 0.599307451599, 0.34351761546],
  scales: [0.250943336137, 0.492925342651, 0.271990202825, 0.234763934569, 0.159797633929, 0.229993622638, 0.28428747752, 0.376485113257, 0.27899263666, 0.196225033264],
  weights: [0.740743739327, 1.23727854287, 0.139086112686, 0.893097583303, 0.392767266083, 0.850396790956, 0.568757700641, 0.230618398897, 1.5156620761, -0.188887500379],
  bias: 4.51953652662,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.687535690427,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.428454395803,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.841997198515, 0.578381469279, 0.901429176214, 0.893963324757, 0.464887701526, 1.73826081174],
    scales: [0.523235706268, 0.297952420503, 0.260408756431, 0.227017993485, 0.292146463287, 0.355283688912],
    weights: [2.1739332286, 0.0740689839425, 0.230343456089, 0.91066277153, 0.445335314298, 0.37811029167],
    bias: 2.54562395308,
    threshold: 0.646558762756,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12674415854, 0.313034228984, 0.614621313966, 0.992264064553, 0.37153302934, 0.884313142794, 0.369250100396, 1.88023334012, 0.436520983613],
    scales: [0.481208495569, 0.161497575453, 0.232745848774, 0.084472579696, 0.362660154297, 0.229253772905, 0.263969563713, 0.329566988655, 0.232561441708],
    weights: [0.24115350588, 1.43624023719, 0.167605815669, 0.758145628182, 0.333061377803, 0.423657560698, 0.160537671801, 0.249049038886, -0.404619604848],
    bias: 2.39277840518,
    threshold: 0.607786871254,
  },
};
