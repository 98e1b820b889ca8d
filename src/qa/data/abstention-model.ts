// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.526023816027, -0.800039389142, 0.831488950394, 0.122704275664, 0.921126884333, 0.864374970414, 0.391214290911, 1.80820521834, 0.459834580484],
  scales: [0.275584974158, 0.585330116407, 0.229556269377, 0.172793984636, 0.234639112608, 0.267818238182, 0.287611619177, 0.367067355252, 0.293602500403],
  weights: [1.04660482028, 1.55253524479, 0.731132723855, -0.0325364613141, 0.485811011144, 0.846345065239, 0.643294321513, 0.626009340786, 2.05407254228],
  bias: 0.349199873577,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.295458071255,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.135043433569,
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
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30406473947, 0.26200570144, 0.757894575838, 0.544108076609, 0.981887309952, 0.333202982077, 0.858963119557, 0.304766123922, 1.89417118362],
    scales: [0.503318986165, 0.151913640212, 0.223866894947, 0.231611810195, 0.130565362606, 0.351701455654, 0.266362360465, 0.248345403613, 0.326768085128],
    weights: [0.586159129791, 0.796658957263, 0.0726610804231, 0.201243742779, 0.627570843878, 0.349346857967, 0.43716839214, 0.449691184822, 0.36643186114],
    bias: 0.106581418351,
    threshold: 0.263504983145,
  },
};
