// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673767332822, -0.492616885146, 0.601917323667, 0.849071908105, 0.965209872525, 0.894716886572, 0.50853357062, 1.78996108544, 0.598898059352, 0.338895299923],
  scales: [0.25032939716, 0.489007603165, 0.272464213504, 0.245118725152, 0.159908523408, 0.230237119522, 0.286238573867, 0.372407068266, 0.278558270473, 0.194268043681],
  weights: [0.746112166894, 1.20063807575, 0.231349167333, 1.10400519731, 0.348268241304, 0.878052736431, 0.73172793225, 0.299285960495, 1.37451794312, -0.110513588832],
  bias: 4.61473627087,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.635257691277,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.487547679397,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.832785543114, 0.575021980464, 0.902264180336, 0.896319010259, 0.459152591807, 1.72352791622],
    scales: [0.526169686516, 0.301338139561, 0.259660125347, 0.225639755061, 0.288818925308, 0.363312905858],
    weights: [2.2428849843, 0.0155733788742, 0.228539494277, 0.922179116322, 0.427341639934, 0.390297679143],
    bias: 2.54886215595,
    threshold: 0.645682632909,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12019438813, 0.314938102824, 0.617800241932, 0.992264064553, 0.372028139759, 0.884313142794, 0.368377915565, 1.87594530769, 0.437583399002],
    scales: [0.479153245574, 0.161708249323, 0.232302574333, 0.084472579696, 0.36256778455, 0.229253772905, 0.264636745997, 0.328492056628, 0.232967682763],
    weights: [0.278212893914, 1.42463398057, 0.183802628289, 0.742779838841, 0.317508001843, 0.431402933053, 0.153561700042, 0.219118588048, -0.38599398551],
    bias: 2.40369442101,
    threshold: 0.613813912992,
  },
};
