// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679677860965, -0.486588718469, 0.602105164838, 0.849251815912, 0.971044025188, 0.0190770187866, 0.889810012449, 0.511736398466, 1.78520336662, 0.597760037513, 0.335657617623],
  scales: [0.254359349039, 0.49781576102, 0.273410280079, 0.247543123961, 0.143112088594, 0.136795782613, 0.24615825641, 0.282916669464, 0.372639649076, 0.283108182557, 0.192268876633],
  weights: [0.830928359646, 1.30081966035, 0.631428642155, 0.916533832574, 0.30053235035, -0.73429599041, 0.668750068909, 0.510777774889, 0.230482161153, 1.08901816836, -0.183349104191],
  bias: 4.67626763324,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.686466194371,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.48251045772,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795459256621, 0.913916364166, 0.0241391914606, 0.898984445989, 0.474498274197, 1.71595300857, 0.589986602965],
    scales: [0.533041072505, 0.244230564004, 0.153481239558, 0.224550142438, 0.285187407684, 0.366922872571, 0.240844661428],
    weights: [2.39343161259, 0.301685033544, -0.990109339267, 0.676919250345, 0.312589849942, 0.476387114356, -0.341671307409],
    bias: 2.6189253847,
    threshold: 0.670709743338,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.388426852243, -1.04524971797, 0.23448443861, 0.992264018434, 0.372556656243, 0.0138792911843, 0.890006627468, 0.380363066449, 1.87139584098, 0.551146346412, 0.421412327494],
    scales: [0.164601396956, 0.466169334346, 0.342883645031, 0.084472951014, 0.369156953422, 0.116989984445, 0.226613980748, 0.266945665888, 0.329322276172, 0.242281791056, 0.232709837605],
    weights: [0.844855290009, 0.121193192592, 0.206358465933, 0.641785521181, 0.344039538851, -0.438629299339, 0.362770463308, 0.0589446769775, -0.352494933633, -0.909547732594, -0.494526970924],
    bias: 2.39922334728,
    threshold: 0.675803028495,
  },
};
