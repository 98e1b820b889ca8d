// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673923278485, -0.492452077549, 0.602114966979, 0.849200513201, 0.965209872525, 0.894686446864, 0.508749394534, 1.78996108544, 0.599223299281, 0.33889534092],
  scales: [0.250417591302, 0.489220022509, 0.272589704739, 0.245116381075, 0.159908523408, 0.230249970221, 0.286626043184, 0.372407068266, 0.278534926047, 0.194625852751],
  weights: [0.751533128169, 1.20636132803, 0.213317200482, 1.09449925739, 0.348777111409, 0.882866381933, 0.739103752015, 0.299234139678, 1.37641285007, -0.111163485811],
  bias: 4.61166472615,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.635713002935,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.487618861355,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.832469288746, 0.902267686146, 0.895374565814, 0.459442313758, 1.72352791622],
    scales: [0.526158960138, 0.25965533851, 0.227602013019, 0.288756567993, 0.363312905858],
    weights: [2.25123380823, 0.23185723218, 0.931335176664, 0.426756232558, 0.398026840877],
    bias: 2.54909155285,
    threshold: 0.650484034462,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.11853986558, 0.315305070674, 0.618805018806, 0.992264064553, 0.37256754157, 0.885098740175, 0.368496859537, 1.87594530769, 0.437198076418],
    scales: [0.478222648468, 0.161689005593, 0.23175670248, 0.084472579696, 0.362793656723, 0.227241293515, 0.264590225696, 0.328492056628, 0.232639088222],
    weights: [0.30297559376, 1.39562115653, 0.192259805222, 0.749076151482, 0.32292764246, 0.461596758619, 0.155216844777, 0.213576938101, -0.378563953792],
    bias: 2.40296246263,
    threshold: 0.61735788059,
  },
};
