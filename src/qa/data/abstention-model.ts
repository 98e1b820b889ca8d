// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.683592291358, -0.476787291817, 0.60573029836, 0.852396316674, 0.981455790185, 0.0195681769602, 0.885684453636, 0.51465243202, 1.78064220544, 0.601054714879, 0.325857046273],
  scales: [0.25186200273, 0.486894791953, 0.271779323407, 0.244511709053, 0.10048339499, 0.138510878312, 0.247545395667, 0.283481935204, 0.373562524234, 0.282702167631, 0.186496315473],
  weights: [0.744307838551, 1.40760715564, 0.557510092321, 0.879430915886, 0.398255766754, -0.797578639921, 0.662010328179, 0.514232937852, 0.143946220323, 1.16557428566, -0.204999492056],
  bias: 4.6563322939,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.667044963186,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.47018038399,
  },
  fromEnglish: {
    features: ['coverage', 'coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [0.517579346047, -0.782807730671, 0.910315404602, 0.0241391914606, 0.895137755707, 0.48009790617, 1.71401255487, 0.588363401644],
    scales: [0.232512588931, 0.535735606581, 0.250233078678, 0.153481239558, 0.226082295048, 0.28568673844, 0.366532997569, 0.242654007286],
    weights: [0.0698381333244, 2.24729296012, 0.26130311301, -0.974003105048, 0.697989487846, 0.333736034751, 0.393223179632, -0.413182881823],
    bias: 2.65558466063,
    threshold: 0.661868331395,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.397528256029, -1.02794328042, 0.345840190023, 0.24527366059, 0.989615209333, 0.405713384411, 0.0138792911843, 0.881188104908, 0.413754738211, 1.86551364296, 0.550552335585, 0.398597084992],
    scales: [0.173536938782, 0.479342497795, 0.17582781247, 0.353041520826, 0.0953043868461, 0.375030263589, 0.116989984445, 0.237066154923, 0.288354688477, 0.330611614894, 0.245423225002, 0.225881497631],
    weights: [0.886586903442, 0.0810741882302, 0.0186137392207, 0.106604406048, 0.442657115681, 0.335677134526, -0.34113120702, 0.482451455714, 0.0778832106468, -0.358050572924, -0.876857338233, -0.545880256235],
    bias: 2.44581242461,
    threshold: 0.663015479421,
  },
};
