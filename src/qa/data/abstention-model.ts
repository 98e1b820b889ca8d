// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.678541464896, -0.48503150875, 0.603147503436, 0.848670802935, 0.969222963662, 0.896605513479, 0.509132318517, 1.78962806666, 0.597499109199, 0.337932440757],
  scales: [0.25122969867, 0.487871612978, 0.271529787178, 0.246515642155, 0.148449670813, 0.225582088132, 0.282765469749, 0.372832707899, 0.281248539497, 0.192013774683],
  weights: [0.71585103023, 1.19526342297, 0.364273279231, 1.12547854133, 0.350920444273, 0.852683154856, 0.728388854522, 0.285939865185, 1.25538191828, -0.0998594901962],
  bias: 4.62993870194,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.62361055765,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.492042417065,
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
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.379030135318, -1.07077241771, 0.327044707041, 0.992264064553, 0.366116810007, 0.890804777636, 0.368708037198, 1.87594530769, 0.433150471803],
    scales: [0.163121285596, 0.466252890244, 0.164440943702, 0.084472579696, 0.362185594402, 0.218286010328, 0.264358691175, 0.328492056628, 0.23121746649],
    weights: [0.0354446279382, 0.517050284734, 1.21954259091, 0.767628008692, 0.30854915602, 0.415637224953, 0.151643232884, 0.217276615064, -0.493235785908],
    bias: 2.39205752403,
    threshold: 0.613834866908,
  },
};
