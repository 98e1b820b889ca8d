// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.674449436255, -0.490858178403, 0.602900467795, 0.848670802935, 0.969222963662, 0.896605513479, 0.508119502957, 1.78962806666, 0.59782104326, 0.337700729537],
  scales: [0.249759559228, 0.487040912157, 0.271655369104, 0.246515642155, 0.148449670813, 0.225582088132, 0.284006113888, 0.372832707899, 0.280962527834, 0.192421193026],
  weights: [0.722318544556, 1.19245214284, 0.372457572876, 1.1219936186, 0.352867403998, 0.847789944876, 0.725183154074, 0.281617657028, 1.21749571917, -0.103034294686],
  bias: 4.59298840981,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.624920036832,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.492282144624,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.828264352304, 0.902326960961, 0.896505056215, 0.460932128355, 1.72182971495],
    scales: [0.524818122473, 0.260389514451, 0.225478349446, 0.289036149579, 0.365317355474],
    weights: [2.27758155219, 0.214371027944, 0.911352395516, 0.366134671138, 0.408666443702],
    bias: 2.5234509078,
    threshold: 0.658474188821,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12041940033, 0.315576638542, 0.617702736464, 0.992264064553, 0.370754514275, 0.889140030511, 0.369286064381, 1.87594530769, 0.44196419551],
    scales: [0.480552274803, 0.161907600956, 0.231368761635, 0.084472579696, 0.362545523727, 0.219815184365, 0.26520360308, 0.328492056628, 0.233636780428],
    weights: [0.261312382688, 1.32958833235, 0.192725538354, 0.801522356551, 0.334223982738, 0.387030293777, 0.191344629044, 0.215856314032, -0.465496678817],
    bias: 2.39037275631,
    threshold: 0.613589359708,
  },
};
