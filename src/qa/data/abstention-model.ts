// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67905504932, -0.484035510749, 0.603994677122, 0.848784341037, 0.970866988568, 0.900308029417, 0.506674563587, 1.78841579989, 0.598473291632, 0.336455159455],
  scales: [0.251266739213, 0.487049349818, 0.271442655945, 0.2467433053, 0.142965489299, 0.218909763621, 0.2809608163, 0.372743664919, 0.280604248762, 0.190990565824],
  weights: [0.696645448135, 1.22162452362, 0.439372392339, 1.09741724944, 0.330874641359, 0.870419662751, 0.645119982947, 0.317162244052, 1.34051812325, -0.15114607462],
  bias: 4.73464880592,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.632716095391,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509920666307,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.814818054347, 0.914020394645, 0.899794302535, 0.465279246611, 1.72198280731],
    scales: [0.531846363609, 0.243248677057, 0.220280475129, 0.288224014693, 0.365378923158],
    weights: [2.35326954602, 0.383819664554, 0.948726904607, 0.395368463054, 0.542908450263],
    bias: 2.5452619373,
    threshold: 0.664013241316,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.382053716442, -1.06228356198, 0.331731685194, 0.992264064553, 0.37679326094, 0.891174188236, 0.368708820832, 1.87304286651, 0.437417005112],
    scales: [0.164008291377, 0.465037042033, 0.166354524532, 0.084472579696, 0.363350149822, 0.218185025825, 0.264111615615, 0.328979086281, 0.23287126604],
    weights: [0.0923258847586, 0.576913091792, 1.11177157084, 0.765457511168, 0.311261803168, 0.428263287139, 0.193951364071, 0.234937514363, -0.393858592498],
    bias: 2.37620631306,
    threshold: 0.628649050772,
  },
};
