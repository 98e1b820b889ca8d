// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.526185900461, -0.799804552043, 0.831488950394, 0.122704275664, 0.921126884333, 0.863019234635, 0.391389748061, 1.80820521834, 0.460167574109],
  scales: [0.275687176053, 0.585499574375, 0.229556269377, 0.172793984636, 0.234639112608, 0.269330965237, 0.287590141292, 0.367067355252, 0.293709470891],
  weights: [1.04318933351, 1.54607875153, 0.727362074494, -0.0359421458866, 0.485046234016, 0.829843145217, 0.645351260737, 0.62706449276, 2.06169243907],
  bias: 0.355142528822,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.304037455528,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.135017127482,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08470634979, 0.810776354117, 0.863658561991, 0.376940662826, 1.77232269868, 0.278151498078],
    scales: [0.595686279945, 0.34679828327, 0.263805680231, 0.285836399082, 0.338724944672, 0.275328398034],
    weights: [2.66138681693, 0.197029629696, 1.15869930909, 0.436303610751, 0.469399353777, 0.0353855622716],
    bias: -0.107391034843,
    threshold: 0.296760472744,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30457785488, 0.261772619417, 0.757894575838, 0.544322319289, 0.981887309952, 0.333202982077, 0.857691171122, 0.305343174996, 1.89417118362],
    scales: [0.503770095869, 0.152103339278, 0.223866894947, 0.231370860258, 0.130565362606, 0.351701455654, 0.266640742039, 0.247939170776, 0.326768085128],
    weights: [0.593737867275, 0.803603516906, 0.075936394461, 0.187376428084, 0.62967313347, 0.348065485826, 0.439455952517, 0.451734401907, 0.367194412272],
    bias: 0.107670946781,
    threshold: 0.263179546707,
  },
};
