// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679182396663, -0.483617356412, 0.604068756874, 0.848737249761, 0.971020817244, 0.900048109617, 0.506655787952, 1.78716971232, 0.598511212653, 0.336165959792],
  scales: [0.251069073912, 0.486372864147, 0.271207298692, 0.246886370267, 0.1426897819, 0.219562038967, 0.280500975686, 0.372533142681, 0.280594617071, 0.190985900432],
  weights: [0.723166013817, 1.22732109389, 0.401676298493, 1.07604892238, 0.329159632432, 0.901520652132, 0.643131951644, 0.327186600013, 1.36457045836, -0.132928794423],
  bias: 4.71692277703,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.632265329949,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.510246909692,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.812911080091, 0.914276306206, 0.900539153432, 0.465478064036, 1.71977726075],
    scales: [0.530672769895, 0.242541625432, 0.218497473456, 0.287852890025, 0.36458822915],
    weights: [2.36189347657, 0.377056323259, 0.989666547337, 0.409547758851, 0.538988225006],
    bias: 2.56301852897,
    threshold: 0.658429235482,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.381981406427, -1.0626258056, 0.332250045219, 0.992264064553, 0.376481027572, 0.891174188236, 0.368764978497, 1.87304286651, 0.437925784486],
    scales: [0.164243140439, 0.465195636218, 0.167021193997, 0.084472579696, 0.363505038495, 0.218185025825, 0.263644457395, 0.328979086281, 0.232994567918],
    weights: [0.0617697181663, 0.574590553426, 1.16198540495, 0.768926137202, 0.316073252134, 0.43285866252, 0.183491838258, 0.235348036186, -0.40001283142],
    bias: 2.38821906289,
    threshold: 0.630783140679,
  },
};
