// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.5260581316, -0.799985043419, 0.831488950394, 0.122704275664, 0.921126884333, 0.864163227139, 0.391183560792, 1.80820521834, 0.459923548246],
  scales: [0.27559824964, 0.585361615892, 0.229556269377, 0.172793984636, 0.234639112608, 0.268265964656, 0.287607870185, 0.367067355252, 0.293652531273],
  weights: [1.04633931436, 1.55081853503, 0.731194055833, -0.0326800067388, 0.485561347765, 0.84116388281, 0.642551013926, 0.62619519352, 2.05662969094],
  bias: 0.351033511534,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.299034146017,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.134929671453,
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
    means: [-1.30406473947, 0.26200570144, 0.757894575838, 0.544108076609, 0.981887309952, 0.333202982077, 0.858963119557, 0.304766123922, 1.89417118362],
    scales: [0.503318986165, 0.151913640212, 0.223866894947, 0.231611810195, 0.130565362606, 0.351701455654, 0.266362360465, 0.248345403613, 0.326768085128],
    weights: [0.586159129791, 0.796658957263, 0.0726610804231, 0.201243742779, 0.627570843878, 0.349346857967, 0.43716839214, 0.449691184822, 0.36643186114],
    bias: 0.106581418351,
    threshold: 0.263504983145,
  },
};
