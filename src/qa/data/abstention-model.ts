// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679546847109, -0.483276194988, 0.60417950335, 0.849286924263, 0.971391123706, 0.899504409019, 0.504403917205, 1.78630864295, 0.599601774625, 0.336929533629],
  scales: [0.251311339601, 0.487041636594, 0.27151724247, 0.24670800533, 0.141714363292, 0.220986921625, 0.279818145942, 0.372829696138, 0.281023464339, 0.192046486328],
  weights: [0.768969995702, 1.24461140035, 0.323200414714, 1.06607134512, 0.307152388877, 0.902066695107, 0.645917577655, 0.314946986963, 1.41076021299, -0.109121317087],
  bias: 4.71427654944,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.63883693878,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509082781102,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.799205171257, 0.915995557919, 0.89953478872, 0.467286052749, 1.71678964534],
    scales: [0.530109626126, 0.24110349067, 0.219588795069, 0.28514487173, 0.367310263368],
    weights: [2.39117660424, 0.376244179585, 0.933984954467, 0.313732772046, 0.668122980472],
    bias: 2.48637014518,
    threshold: 0.664888348822,
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
