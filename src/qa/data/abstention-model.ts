// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.666985383183, -0.504314117608, 0.595396362327, 0.860037846035, 0.965225888724, 0.895592659734, 0.503399382217, 1.78718819678, 0.597312284842, 0.344198984909],
  scales: [0.250503748903, 0.492201095708, 0.27157339513, 0.234358772897, 0.159931512749, 0.230502950697, 0.284132750078, 0.376021687272, 0.278815273576, 0.196593736928],
  weights: [0.772151843987, 1.23721368673, 0.123782807179, 0.908983588248, 0.396804408476, 0.86035381714, 0.568450660081, 0.214432921737, 1.51302275739, -0.167694803863],
  bias: 4.52214244214,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.69152775724,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.427649847185,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.842087446057, 0.574501425249, 0.900405705898, 0.893707457178, 0.464287657264, 1.75097722684],
    scales: [0.517609583329, 0.295084100909, 0.261979721784, 0.227039221497, 0.29270164739, 0.344043448862],
    weights: [2.20194204222, 0.0906704325598, 0.209722308607, 0.934097638378, 0.440434512614, 0.36107203749],
    bias: 2.56017066925,
    threshold: 0.657994891762,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12674634894, 0.312933688779, 0.614805306918, 0.992264064553, 0.37153302934, 0.885818871108, 0.369861967124, 1.88131627977, 0.435997252026],
    scales: [0.481342095218, 0.161506074633, 0.232855617152, 0.084472579696, 0.362660154297, 0.227078449563, 0.263886467564, 0.329283912223, 0.232868096951],
    weights: [0.244855533925, 1.42694706329, 0.165996503939, 0.759019310013, 0.332974504499, 0.432508017915, 0.163070328779, 0.251624866844, -0.401039039237],
    bias: 2.38908758241,
    threshold: 0.608509180315,
  },
};
