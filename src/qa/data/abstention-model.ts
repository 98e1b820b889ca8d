// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.668087764398, -0.502869523476, 0.596929321655, 0.860474993506, 0.965271890941, 0.895774144615, 0.504319511414, 1.78332780774, 0.599307451599, 0.34351761546],
  scales: [0.250943336137, 0.492925342651, 0.271990202825, 0.234763934569, 0.159797633929, 0.229993622638, 0.284283862805, 0.376485113257, 0.27899263666, 0.196225033264],
  weights: [0.74073868828, 1.23731134656, 0.139101160262, 0.893101824672, 0.392765183446, 0.850394254778, 0.568754426371, 0.230640393618, 1.51563324394, -0.188877685675],
  bias: 4.51954048083,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.687530412591,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.428449962477,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.841997198515, 0.578381469279, 0.901429176214, 0.893963324757, 0.464885807177, 1.73826081174],
    scales: [0.523235706268, 0.297952420503, 0.260408756431, 0.227017993485, 0.292146690036, 0.355283688912],
    weights: [2.1739285111, 0.0740743526015, 0.230343333275, 0.910662854119, 0.445346924055, 0.378108102303],
    bias: 2.545626765,
    threshold: 0.64655879214,
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
