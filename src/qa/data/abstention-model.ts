// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.680727192284, -0.481244186871, 0.605291714058, 0.849870843503, 0.971391123706, 0.900546020503, 0.504554294821, 1.78532475174, 0.600810227777, 0.336349234803],
  scales: [0.251231660651, 0.486353241699, 0.271397235377, 0.246544159372, 0.141714363292, 0.21893494282, 0.279713360974, 0.372788694322, 0.280972208213, 0.192095625529],
  weights: [0.772227326085, 1.23155207283, 0.356128737925, 1.05924606123, 0.306652731901, 0.899050480297, 0.621763389692, 0.302646030107, 1.3956814002, -0.129547472597],
  bias: 4.72373636191,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.637072905911,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.508424040008,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.791651975635, 0.916388222199, 0.901076889015, 0.468111800627, 1.71595300857],
    scales: [0.528082773575, 0.24092639754, 0.216825831359, 0.285115662704, 0.366922872571],
    weights: [2.42002657969, 0.404331207053, 0.952581754766, 0.320794889132, 0.688477637253],
    bias: 2.49845925018,
    threshold: 0.659342429374,
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
