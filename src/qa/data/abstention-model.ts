// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679167926622, -0.483576067366, 0.603599629373, 0.650385438609, 0.848833685134, 0.970859844794, 0.89584019407, 0.506502943069, 1.78936390269, 0.597922188762, 0.337179162019],
  scales: [0.250931411206, 0.486285592026, 0.271564034866, 0.437220858124, 0.246325893166, 0.142969438102, 0.227461008477, 0.281680590025, 0.372895689172, 0.280892230911, 0.191313393013],
  weights: [0.704292263281, 1.20309231557, 0.335221459565, 0.0115408352502, 1.1099126407, 0.331790347726, 0.87821076887, 0.662356384189, 0.291172854255, 1.38989008135, -0.137153245887],
  bias: 4.69009613402,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.622707521124,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.497190916249,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813729786317, 0.914078549545, 0.897706506342, 0.463822920152, 1.72182971495],
    scales: [0.530591475036, 0.243158979138, 0.222758135254, 0.288010681294, 0.365317355474],
    weights: [2.37859037977, 0.356095132447, 0.950838098625, 0.384357425776, 0.539391092396],
    bias: 2.5534509441,
    threshold: 0.669229075968,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.06662945909, 0.329625338095, 0.992264064553, 0.373815467525, 0.887983102988, 0.369595879855, 1.87535532573, 0.432735244792],
    scales: [0.464940997983, 0.16597471873, 0.084472579696, 0.362132036722, 0.223770239701, 0.264730530626, 0.328806304488, 0.230188713161],
    weights: [0.544395516381, 1.22727295602, 0.76580626028, 0.307022011784, 0.420018863079, 0.163370672341, 0.219262199878, -0.505482750568],
    bias: 2.40976180487,
    threshold: 0.62075229493,
  },
};
