// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679558412493, -0.483108117898, 0.60413818042, 0.849317946027, 0.971391123706, 0.90002741693, 0.504333044398, 1.7865160465, 0.599410038231, 0.336872031859],
  scales: [0.251178247098, 0.486598992952, 0.271402779483, 0.24663964569, 0.141714363292, 0.219911838492, 0.279844030679, 0.373013723731, 0.281048320843, 0.191756309554],
  weights: [0.770961330452, 1.24066180744, 0.320188796681, 1.0720597386, 0.306154999961, 0.904576487015, 0.650259347993, 0.313184252905, 1.41584002329, -0.0987778624886],
  bias: 4.7148274587,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.637840463826,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509137632729,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.79899146214, 0.915995557919, 0.901717890328, 0.466980932086, 1.71715922689],
    scales: [0.529546317367, 0.24110349067, 0.215500575463, 0.28542278631, 0.367712846708],
    weights: [2.40242657564, 0.370569373701, 0.948113647326, 0.30820775345, 0.671442065949],
    bias: 2.48956793705,
    threshold: 0.662429776909,
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
