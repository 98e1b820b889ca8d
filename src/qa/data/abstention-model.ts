// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'rarest', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679136952143, -0.483644087774, 0.603596255051, 0.650825903884, 0.848833685134, 0.970859844794, 0.89584019407, 0.506446952297, 1.78936390269, 0.597825588932, 0.337179119228],
  scales: [0.250953064183, 0.486336311466, 0.271562072335, 0.437158503465, 0.246325893166, 0.142969438102, 0.227461008477, 0.281964010899, 0.372895689172, 0.280954541804, 0.191495022733],
  weights: [0.701052141792, 1.20090627131, 0.342038480782, 0.00880181962489, 1.11118242715, 0.332614867044, 0.879390190408, 0.658502372216, 0.28830058555, 1.38738445359, -0.145896605574],
  bias: 4.69078931094,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.623606326941,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.497783668754,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.813729786317, 0.914078549545, 0.896862341993, 0.463644636672, 1.72182971495],
    scales: [0.530591475036, 0.243158979138, 0.224540771729, 0.28809314937, 0.365317355474],
    weights: [2.37733756304, 0.341863243218, 0.917651058316, 0.370322850943, 0.542139572128],
    bias: 2.54635863079,
    threshold: 0.669349172069,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.0668699727, 0.329588169327, 0.992264064553, 0.374747377506, 0.887983102988, 0.369667583899, 1.87535532573, 0.434291487341],
    scales: [0.465923431985, 0.165941201729, 0.084472579696, 0.362295953963, 0.223770239701, 0.264463613839, 0.328806304488, 0.230397602247],
    weights: [0.554719236434, 1.2132951373, 0.757765726837, 0.309260640771, 0.422121445822, 0.166734326272, 0.220079055615, -0.493166625475],
    bias: 2.40493865834,
    threshold: 0.622528568509,
  },
};
