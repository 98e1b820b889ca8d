// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679163659705, -0.483812477216, 0.603973198846, 0.848919387757, 0.971309617021, 0.900410468767, 0.506448778902, 1.78716971232, 0.598573376557, 0.336629153511],
  scales: [0.251153254172, 0.486943155798, 0.271251874023, 0.246646226017, 0.141732949731, 0.218478277416, 0.280692352725, 0.372533142681, 0.2806542461, 0.19174506908],
  weights: [0.729670820965, 1.23407337226, 0.381051158101, 1.07212000463, 0.326017529578, 0.894257513411, 0.64925925174, 0.324042474821, 1.36502486274, -0.13121096529],
  bias: 4.70762868012,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.632084338778,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.508833874367,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.807521139238, 0.914229202394, 0.901161977644, 0.468677087158, 1.71977726075],
    scales: [0.526564989425, 0.242622063785, 0.218028513379, 0.285165667021, 0.36458822915],
    weights: [2.37672046566, 0.355608927248, 0.941221117311, 0.333270199481, 0.659353685557],
    bias: 2.48648863345,
    threshold: 0.642542054562,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.383905951897, -1.05615237603, 0.333852437646, 0.992264064553, 0.37839169648, 0.890422233335, 0.369512839876, 1.87304286651, 0.436676264371],
    scales: [0.163660727077, 0.462174675238, 0.166659238002, 0.084472579696, 0.364369414151, 0.219231677336, 0.263382860896, 0.328979086281, 0.231448976848],
    weights: [0.0196566737496, 0.566217598569, 1.22239252222, 0.754705478414, 0.318271539896, 0.430152062934, 0.171519437533, 0.243724806866, -0.395986379882],
    bias: 2.38424008121,
    threshold: 0.622950103837,
  },
};
