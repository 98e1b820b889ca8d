// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.681042456308, -0.480694107051, 0.605584613806, 0.849870843503, 0.971391123706, 0.900546020503, 0.504790172863, 1.78532475174, 0.601120727233, 0.336117395209],
  scales: [0.251149076722, 0.486225584325, 0.271209835265, 0.246544159372, 0.141714363292, 0.21893494282, 0.279530829168, 0.372788694322, 0.280863242353, 0.192139350424],
  weights: [0.763807383572, 1.22838322473, 0.415743685433, 1.04110897234, 0.300243801444, 0.897445985787, 0.630244069037, 0.310628702894, 1.40167750312, -0.12622377422],
  bias: 4.76347454468,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.645544174831,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.498685474011,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.791393496227, 0.916388222199, 0.901076889015, 0.468219481692, 1.71595300857],
    scales: [0.528125350814, 0.24092639754, 0.216825831359, 0.285153704893, 0.366922872571],
    weights: [2.41982851092, 0.404186525684, 0.952343553945, 0.320448512304, 0.687756138412],
    bias: 2.49930778245,
    threshold: 0.65937004847,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.389172863618, -1.04206586911, 0.337956909674, 0.992264064553, 0.379429461636, 0.8923553929, 0.371771314181, 1.87166189359, 0.431932775656],
    scales: [0.164722249473, 0.462134197318, 0.168059408571, 0.084472579696, 0.365486737335, 0.215907474018, 0.2640839098, 0.329624388791, 0.232205801533],
    weights: [0.144209736371, 0.549379001069, 1.05776999338, 0.721177506131, 0.295465367222, 0.457563788823, 0.138491090344, 0.222438628029, -0.448524605178],
    bias: 2.35628374592,
    threshold: 0.623777827493,
  },
};
