// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679506302601, -0.483290434739, 0.604102046564, 0.849317946027, 0.971391123706, 0.899504409019, 0.504371838494, 1.7865160465, 0.59946784542, 0.336929533629],
  scales: [0.251256441943, 0.486898791726, 0.271456084188, 0.24663964569, 0.141714363292, 0.220986921625, 0.279863766868, 0.373013723731, 0.280945575381, 0.192046486328],
  weights: [0.76874497186, 1.24436815559, 0.323038092596, 1.06587004898, 0.307148508916, 0.902070664902, 0.646071235465, 0.315176321778, 1.41055808081, -0.109122691119],
  bias: 4.71380695411,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638812535583,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509075579778,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.79899146214, 0.915995557919, 0.899932042531, 0.467234340718, 1.71715922689],
    scales: [0.529546317367, 0.24110349067, 0.219408295105, 0.285191668256, 0.367712846708],
    weights: [2.38832367512, 0.376081833594, 0.934305604229, 0.312975994527, 0.668584693223],
    bias: 2.48850408053,
    threshold: 0.665019946694,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.387480940622, -1.0474485656, 0.336873537794, 0.992264064553, 0.378705792259, 0.891176996828, 0.370991365584, 1.87280414761, 0.434981612818],
    scales: [0.165198112806, 0.46406054945, 0.169042451628, 0.084472579696, 0.364533795505, 0.218065224455, 0.263752363111, 0.329104107525, 0.23332809242],
    weights: [0.0781360726208, 0.534757858942, 1.15380537477, 0.750134742586, 0.310490092264, 0.423238757698, 0.183670465514, 0.230817293307, -0.389103440346],
    bias: 2.36123044765,
    threshold: 0.626926005377,
  },
};
