// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.526059122913, -0.800138513193, 0.831396204702, 0.122668798528, 0.919677374412, 0.86426625717, 0.391120156745, 1.8088403959, 0.45970164744],
  scales: [0.275676053665, 0.585760402908, 0.229633257475, 0.172763237584, 0.237221978915, 0.267793605967, 0.287640477469, 0.367231376214, 0.293874974941],
  weights: [1.04795147055, 1.55151949823, 0.730895519131, -0.0326679651299, 0.488233502605, 0.846188239798, 0.643099697897, 0.625961886437, 2.05585690801],
  bias: 0.346473982894,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.29537094463,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.135113197378,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08470634979, 0.810776354117, 0.863658561991, 0.376862524607, 1.77232269868, 0.278311415315],
    scales: [0.595686279945, 0.34679828327, 0.263805680231, 0.28577672258, 0.338724944672, 0.275384597754],
    weights: [2.66114772518, 0.19706403421, 1.15881895108, 0.43616579956, 0.469590764113, 0.0361869967743],
    bias: -0.107365008315,
    threshold: 0.296865852966,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [0.307474297174, -1.30271358894, 0.262376421008, 0.758080145249, 0.544356634941, 0.981887309952, 0.333202982077, 0.858963119557, 0.304497943717, 1.89555926562],
    scales: [0.15500452622, 0.503003934249, 0.1519950182, 0.22356678005, 0.231515099577, 0.130565362606, 0.351701455654, 0.266362360465, 0.248393357685, 0.326804046057],
    weights: [0.00284427726488, 0.571017455697, 0.787058912482, 0.0859350442372, 0.20146199269, 0.628426568233, 0.345027814495, 0.443736747154, 0.460090689266, 0.355916262004],
    bias: 0.104344624022,
    threshold: 0.263665699034,
  },
};
