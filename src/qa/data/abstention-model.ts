// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679176158065, -0.487273930178, 0.602243085434, 0.849252916972, 0.971044025188, 0.0190770187866, 0.889810012449, 0.511469359386, 1.7854021464, 0.597883498541, 0.336004855179],
  scales: [0.25420039681, 0.497620779622, 0.273130552273, 0.247557843029, 0.143112088594, 0.136795782613, 0.24615825641, 0.282957431088, 0.372835883661, 0.282906416746, 0.192504863835],
  weights: [0.830660092917, 1.3005008126, 0.642598610102, 0.916232310375, 0.299397427783, -0.735638981131, 0.667947232855, 0.503894731139, 0.221670283488, 1.0724233316, -0.194015974222],
  bias: 4.66999056673,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.679465287148,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.479350472718,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [-0.795568847094, 0.913916364166, 0.0241391914606, 0.898984445989, 0.474499310481, 1.71595300857, 0.589951740486],
    scales: [0.533070660633, 0.244230564004, 0.153481239558, 0.224550142438, 0.285045750553, 0.366922872571, 0.240833072625],
    weights: [2.3871847326, 0.302656808716, -0.988317834609, 0.677133731262, 0.316222979189, 0.474329583714, -0.342329808157],
    bias: 2.61737049914,
    threshold: 0.670728788866,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.387950706168, -1.04655513129, 0.233502441883, 0.992264018434, 0.370880711398, 0.0138792911843, 0.890006627468, 0.381121582722, 1.87183673011, 0.551033858491, 0.422074468085],
    scales: [0.16457512685, 0.466227062031, 0.342479573215, 0.084472951014, 0.368853576597, 0.116989984445, 0.226613980748, 0.26672726054, 0.329699129352, 0.242304620476, 0.233487424961],
    weights: [0.836660515512, 0.139821716918, 0.20127853126, 0.641171159152, 0.337692322498, -0.438450052298, 0.361720198712, 0.0643035785175, -0.351202483069, -0.909421529989, -0.477975529688],
    bias: 2.39375400698,
    threshold: 0.678501781062,
  },
};
