// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679004691469, -0.484102265381, 0.603638684241, 0.651275821483, 0.848660323095, 0.970855931436, 0.899996183815, 0.506389326893, 1.78716971232, 0.598071011254, 0.336571479138],
  scales: [0.251206587809, 0.487018785834, 0.271549047407, 0.437084384441, 0.247042741025, 0.142985765674, 0.219533235862, 0.280626102524, 0.372533142681, 0.280759655175, 0.191029646101],
  weights: [0.737221279677, 1.23707246262, 0.351123154279, 0.0134965805911, 1.0696483925, 0.330920298181, 0.916864510854, 0.672634300407, 0.325706431805, 1.36824264037, -0.12763152103],
  bias: 4.71500328651,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.636353948673,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.496539745709,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813798927284, 0.914067363123, 0.90014189962, 0.46523019929, 1.71977726075],
    scales: [0.530989626794, 0.243165882569, 0.218679828105, 0.288228277797, 0.36458822915],
    weights: [2.36591249599, 0.379168479253, 0.989137995266, 0.406626047307, 0.54094226233],
    bias: 2.56150860725,
    threshold: 0.660204866593,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.381642906698, -1.06351942268, 0.331346751826, 0.992264064553, 0.377626379285, 0.890556904286, 0.368650482972, 1.87304286651, 0.437293548322],
    scales: [0.164124519061, 0.465189047226, 0.166627259995, 0.084472579696, 0.363536781482, 0.219288065228, 0.264029377818, 0.328979086281, 0.232506837923],
    weights: [0.0792256697305, 0.553879696067, 1.177345232, 0.768774853388, 0.324823591462, 0.441719244163, 0.185594606986, 0.236282932351, -0.39469983268],
    bias: 2.39761507457,
    threshold: 0.631212018514,
  },
};
