// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.678875758353, -0.48735485797, 0.604489243712, 0.84895521223, 0.971257800844, 0.90114273814, 0.509733966436, 1.7854021464, 0.602572826002, 0.336755776209],
  scales: [0.253644366079, 0.496745572807, 0.272412142593, 0.247958097938, 0.142186675044, 0.220660076009, 0.280939514888, 0.372835883661, 0.281079264451, 0.193379306502],
  weights: [0.760625413764, 1.20962293869, 0.515532544421, 1.00091328896, 0.295534742984, 0.821667806227, 0.542123585828, 0.293324218575, 1.41362461422, -0.214166052521],
  bias: 4.81971846432,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.657465615041,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.421057140921,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795864005811, 0.913593944638, 0.902495188698, 0.472119874912, 1.71595300857, 0.589156180414],
    scales: [0.535384272792, 0.24450734458, 0.216330022478, 0.285613119155, 0.366922872571, 0.240378015279],
    weights: [2.22843898092, 0.360693705133, 1.01044102622, 0.3425736548, 0.463064779446, -0.368830665975],
    bias: 2.58025839705,
    threshold: 0.667014698474,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.389111718902, -1.04327946786, 0.233097016712, 0.992264018434, 0.384383863355, 0.894000489988, 0.3802258106, 1.87183673011, 0.550727076488, 0.425123305247],
    scales: [0.165178424954, 0.46514072829, 0.342567237381, 0.084472951014, 0.36706604207, 0.215364137685, 0.267388893473, 0.329699129352, 0.240736017474, 0.232447872321],
    weights: [0.709643008593, 0.274453400682, 0.0756747930562, 0.651101896637, 0.268409572375, 0.452918871771, 0.104023673743, -0.364266715014, -0.899149905416, -0.44296385085],
    bias: 2.33229669042,
    threshold: 0.679916126151,
  },
};
