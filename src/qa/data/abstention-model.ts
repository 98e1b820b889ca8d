// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679795206859, -0.486312628382, 0.602059855313, 0.849252916972, 0.971044025188, 0.0190770187866, 0.88963685789, 0.511116209278, 1.7854021464, 0.59770027693, 0.336555976576],
  scales: [0.254215022946, 0.497637014742, 0.27329911536, 0.247557843029, 0.143112088594, 0.136795782613, 0.246572735316, 0.283159667812, 0.372835883661, 0.283084927702, 0.191859035129],
  weights: [0.790456585667, 1.27342997725, 0.694533652901, 0.927602295051, 0.298344877668, -0.73067687407, 0.68235705707, 0.495566808139, 0.211056015375, 1.10094525453, -0.212471452147],
  bias: 4.69460079433,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.694395790404,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.477814121229,
  },
  fromEnglish: {
    features: ['coverage', 'coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [0.511400770295, -0.794335594767, 0.913916364166, 0.0241391914606, 0.8993816998, 0.473477442018, 1.71595300857, 0.590473694331],
    scales: [0.230849062421, 0.533202416622, 0.244230564004, 0.153481239558, 0.224374608103, 0.28590643384, 0.366922872571, 0.241151466549],
    weights: [0.00215353667215, 2.39137470406, 0.30047565089, -0.990457170329, 0.674690995355, 0.307964174242, 0.478269375958, -0.345106212134],
    bias: 2.61747604818,
    threshold: 0.669255167725,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.388140808564, -1.04604359098, 0.233502441883, 0.992264018434, 0.370857261118, 0.0138792911843, 0.890006627468, 0.380348896119, 1.87183673011, 0.550917874743, 0.421412327494],
    scales: [0.164579479492, 0.466263649443, 0.342479573215, 0.084472951014, 0.368858526467, 0.116989984445, 0.226613980748, 0.266953712015, 0.329699129352, 0.242342783784, 0.232815917055],
    weights: [0.836221492374, 0.126872700528, 0.205452895195, 0.642363091265, 0.339203856674, -0.438344134005, 0.363659232327, 0.0625858895574, -0.35632601347, -0.911898886118, -0.493366107187],
    bias: 2.39604744356,
    threshold: 0.676181813143,
  },
};
