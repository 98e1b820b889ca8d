// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679211295459, -0.483681912098, 0.603969190633, 0.848917849068, 0.971309617021, 0.900553330919, 0.505850707138, 1.78716971232, 0.598515438055, 0.336860993105],
  scales: [0.251112541229, 0.486765591603, 0.271242525495, 0.246641509359, 0.141732949731, 0.218015870533, 0.280480070306, 0.372533142681, 0.28075714717, 0.191760886452],
  weights: [0.732452493766, 1.22993069336, 0.388584137204, 1.0744324343, 0.325953577521, 0.904506578499, 0.651602275645, 0.325212999856, 1.36537287917, -0.129895217423],
  bias: 4.71415856062,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.632543036378,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.508816909803,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.80726715953, 0.914229202394, 0.900792402736, 0.468355519187, 1.71977726075],
    scales: [0.526728049552, 0.242622063785, 0.218290872892, 0.285545099956, 0.36458822915],
    weights: [2.37730514267, 0.356063408727, 0.938371860334, 0.33207103452, 0.659339240139],
    bias: 2.4878821044,
    threshold: 0.642939697639,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.383875605548, -1.0562276356, 0.333774516174, 0.992264064553, 0.37839169648, 0.890422233335, 0.369462005472, 1.87304286651, 0.436814673375],
    scales: [0.163661283545, 0.462148101497, 0.166701313307, 0.084472579696, 0.364369414151, 0.219231677336, 0.263331332549, 0.328979086281, 0.231725842496],
    weights: [0.010741020885, 0.56367790603, 1.24007335964, 0.75404793201, 0.318814380035, 0.431240904259, 0.176735662351, 0.245556072298, -0.39076074322],
    bias: 2.38841703537,
    threshold: 0.623505463706,
  },
};
