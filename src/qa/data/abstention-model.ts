// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.683544839686, -0.476895579057, 0.605696182766, 0.852201513755, 0.981455790185, 0.0195681769602, 0.885684453636, 0.514688858129, 1.78064220544, 0.600957736745, 0.325857046273],
  scales: [0.251872122466, 0.48700949875, 0.271759699913, 0.24447940413, 0.10048339499, 0.138510878312, 0.247545395667, 0.283488529505, 0.373562524234, 0.282593862747, 0.186496315473],
  weights: [0.73707436722, 1.4004537926, 0.560111835694, 0.889968443771, 0.40051717328, -0.797710907472, 0.663717427971, 0.515346316742, 0.14126773687, 1.16785357206, -0.202316290583],
  bias: 4.65627720964,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.667319081874,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.470862202267,
  },
  fromEnglish: {
    features: ['coverage', 'coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [0.517356645034, -0.783196462725, 0.910315404602, 0.0241391914606, 0.895137755707, 0.480052106776, 1.71401255487, 0.588405804233],
    scales: [0.232389608547, 0.53563079141, 0.250233078678, 0.153481239558, 0.226082295048, 0.285719607634, 0.366532997569, 0.242598710125],
    weights: [0.0629663234455, 2.26279928929, 0.260879449311, -0.974414945275, 0.700676564027, 0.333789151961, 0.398288820498, -0.410863799015],
    bias: 2.65926986175,
    threshold: 0.662856430391,
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
