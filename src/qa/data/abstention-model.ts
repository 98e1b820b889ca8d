// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679361151501, -0.483344988848, 0.603857620945, 0.650272752183, 0.848766219752, 0.970859844794, 0.894827695334, 0.50543091791, 1.78936390269, 0.59786425026, 0.336947807895],
  scales: [0.251025956188, 0.486476475712, 0.271423826635, 0.437082695681, 0.246445571569, 0.142969438102, 0.22897597313, 0.28112399344, 0.372895689172, 0.280380036601, 0.191297457135],
  weights: [0.705157517741, 1.18057461174, 0.318845473834, 0.0121955170774, 1.11626005021, 0.328148934722, 0.888272410036, 0.679714094081, 0.297675387122, 1.43283089854, -0.098555815761],
  bias: 4.67913169779,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.624127540924,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.494566002186,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813122937872, 0.914078549545, 0.897905133248, 0.46357070352, 1.72182971495],
    scales: [0.53099109449, 0.243158979138, 0.222608457432, 0.290268832066, 0.365317355474],
    weights: [2.37248911289, 0.369379275621, 0.960736311313, 0.401273491012, 0.54005800424],
    bias: 2.55489565472,
    threshold: 0.663259583434,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.381066951791, -1.06537183598, 0.330380256919, 0.992264064553, 0.374232751313, 0.889909715908, 0.36831836662, 1.87535532573, 0.434968580146],
    scales: [0.164464901936, 0.465585958301, 0.166763758145, 0.084472579696, 0.362585082403, 0.220396056727, 0.264656496376, 0.328806304488, 0.230936545631],
    weights: [0.0125518550237, 0.531650496509, 1.23513625046, 0.772204460464, 0.306138542662, 0.44565314694, 0.178233618837, 0.223354877504, -0.464170424157],
    bias: 2.40010128455,
    threshold: 0.617486478046,
  },
};
