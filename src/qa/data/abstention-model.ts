// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.678576208164, -0.484852370332, 0.603297483718, 0.848855694389, 0.970644117846, 0.896605513479, 0.506301472164, 1.78962806666, 0.597446162574, 0.337469161455],
  scales: [0.251158920611, 0.487374864697, 0.271469219043, 0.246279227778, 0.143623459652, 0.225582088132, 0.281719201201, 0.372832707899, 0.281284428985, 0.191621371445],
  weights: [0.693063596002, 1.19159371292, 0.443704756975, 1.11736479811, 0.340525628995, 0.862747057288, 0.645932614186, 0.276598829477, 1.24655662743, -0.126349261897],
  bias: 4.61632124701,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.617583100897,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.497507595687,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813612295743, 0.914088596755, 0.896862341993, 0.464752197975, 1.72182971495],
    scales: [0.530563787679, 0.243146975573, 0.224540771729, 0.288886604984, 0.365317355474],
    weights: [2.37576162594, 0.341559916357, 0.917129238168, 0.372338048598, 0.540954362783],
    bias: 2.5471818994,
    threshold: 0.669047930926,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.379832318212, -1.06836456439, 0.329163826664, 0.992264064553, 0.371391803394, 0.890804777636, 0.370330823817, 1.87594530769, 0.432256369845],
    scales: [0.163189912304, 0.465692897524, 0.165190683771, 0.084472579696, 0.362363590784, 0.218286010328, 0.264679244396, 0.328492056628, 0.230421924354],
    weights: [0.011063264661, 0.527053890281, 1.23936582899, 0.768412361239, 0.336906766801, 0.405475250519, 0.176263323519, 0.233428585545, -0.472908124313],
    bias: 2.41193529946,
    threshold: 0.613335873187,
  },
};
