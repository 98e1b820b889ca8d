// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.677953399351, -0.486273975773, 0.602779222972, 0.848670802935, 0.969222963662, 0.896605513479, 0.50953979315, 1.78962806666, 0.597579579342, 0.337874587837],
  scales: [0.251506468158, 0.488814739918, 0.271743354417, 0.246515642155, 0.148449670813, 0.225582088132, 0.282846472376, 0.372832707899, 0.281110919716, 0.192507702358],
  weights: [0.701448802031, 1.19333004963, 0.385049520701, 1.12974388608, 0.354946074776, 0.851270442036, 0.719603154637, 0.283261348012, 1.24871707802, -0.100665059577],
  bias: 4.62905710596,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.625052466128,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.491743532985,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.820040822897, 0.902326960961, 0.896446893414, 0.464437960811, 1.72182971495],
    scales: [0.530788049829, 0.260389514451, 0.225503879144, 0.288694957033, 0.365317355474],
    weights: [2.30213418197, 0.211609923646, 0.899205491369, 0.367897639532, 0.44992588949],
    bias: 2.53647533353,
    threshold: 0.66090357479,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.11947947734, 0.31544374918, 0.617386207698, 0.992264064553, 0.370754514275, 0.890034132469, 0.368764248681, 1.87594530769, 0.441455416136],
    scales: [0.480661240671, 0.161895231525, 0.231532704868, 0.084472579696, 0.362545523727, 0.218604997512, 0.265336305626, 0.328492056628, 0.232848820922],
    weights: [0.228852786598, 1.34836727502, 0.214771143719, 0.799278743938, 0.334114778592, 0.384086604265, 0.183453483673, 0.214490299724, -0.468451064195],
    bias: 2.39009276737,
    threshold: 0.608466949566,
  },
};
