// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.680439867686, -0.481713732179, 0.604978996324, 0.849548970754, 0.971391123706, 0.900546020503, 0.50450644672, 1.78532475174, 0.600539246434, 0.336233315006],
  scales: [0.251243475582, 0.486406679074, 0.271409806505, 0.246568274153, 0.141714363292, 0.21893494282, 0.279691601259, 0.372788694322, 0.280957967504, 0.192117524192],
  weights: [0.765695832466, 1.23634296902, 0.345998317692, 1.05435824805, 0.310689482348, 0.901690971823, 0.625664015078, 0.308094084571, 1.39936860319, -0.13674384524],
  bias: 4.72336631065,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638592488797,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509857289172,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.791684206422, 0.916388222199, 0.901076889015, 0.468087115278, 1.71595300857],
    scales: [0.528078068183, 0.24092639754, 0.216825831359, 0.285149789582, 0.366922872571],
    weights: [2.42028137788, 0.404343953848, 0.952699032624, 0.320413828013, 0.688356137175],
    bias: 2.49846715028,
    threshold: 0.659352191981,
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
