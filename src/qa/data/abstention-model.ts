// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.682808374628, -0.477315819134, 0.604580115781, 0.85294785534, 0.981455790185, 0.0195681769602, 0.885930650085, 0.513803471731, 1.78422465368, 0.599280826399, 0.326072735434],
  scales: [0.251398655991, 0.483753994501, 0.271353369221, 0.243583906265, 0.10048339499, 0.138510878312, 0.247036849284, 0.283861630368, 0.373522051974, 0.282225425529, 0.186488343375],
  weights: [0.779033981523, 1.3960087367, 0.538860386725, 0.878930165782, 0.396654946202, -0.787256789289, 0.658041290536, 0.517960419091, 0.191325939126, 1.14396183177, -0.13998760871],
  bias: 4.61795338692,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.660304914251,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.429489569414,
  },
  fromEnglish: {
    features: ['coverage', 'coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [0.517326991056, -0.783195214371, 0.910315404602, 0.0241391914606, 0.895137755707, 0.479553781995, 1.71557830464, 0.588081826842],
    scales: [0.232403535674, 0.535408671593, 0.250233078678, 0.153481239558, 0.226082295048, 0.286173337275, 0.366571802275, 0.242469202816],
    weights: [0.0785603820349, 2.25143739101, 0.259969072338, -0.973481269365, 0.697222899861, 0.334121144168, 0.404400222628, -0.396459367781],
    bias: 2.65314013498,
    threshold: 0.662325090709,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.397403728311, -1.02763621241, 0.345504839026, 0.245731925729, 0.989615209333, 0.404541232046, 0.0138792911843, 0.881188104908, 0.412477936761, 1.87139584098, 0.547716818071, 0.400029870751],
    scales: [0.172911499645, 0.478088473835, 0.175077146311, 0.352949992892, 0.0953043868461, 0.375374431505, 0.116989984445, 0.237066154923, 0.288270200849, 0.329322276172, 0.243932171098, 0.226192014125],
    weights: [0.905793739074, 0.0614383883066, 0.00539681906617, 0.128171323779, 0.445187277703, 0.346672808231, -0.348792150238, 0.476312841559, 0.107507882297, -0.345423022339, -0.879087571882, -0.537216102566],
    bias: 2.45772261601,
    threshold: 0.66608779276,
  },
};
