// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679563213231, -0.486678064632, 0.602206876816, 0.849252916972, 0.971044025188, 0.0190770187866, 0.88963685789, 0.511500079013, 1.7854021464, 0.597825780355, 0.336005338603],
  scales: [0.254220246205, 0.497642709504, 0.273162311273, 0.247557843029, 0.143112088594, 0.136795782613, 0.246572735316, 0.282900275574, 0.372835883661, 0.282967178124, 0.192324792903],
  weights: [0.794097314262, 1.27623869422, 0.698901469451, 0.925704457842, 0.298850234383, -0.732223619414, 0.681811902593, 0.499041208218, 0.214469360025, 1.09668612003, -0.204703435407],
  bias: 4.70145341053,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.695384200708,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.480281118006,
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
    means: [0.388140808564, -1.04604359098, 0.233502441883, 0.992264018434, 0.370857261118, 0.0138792911843, 0.890006627468, 0.380348896119, 1.87183673011, 0.550917874743, 0.421412327494],
    scales: [0.164579479492, 0.466263649443, 0.342479573215, 0.084472951014, 0.368858526467, 0.116989984445, 0.226613980748, 0.266953712015, 0.329699129352, 0.242342783784, 0.232815917055],
    weights: [0.836221492374, 0.126872700528, 0.205452895195, 0.642363091265, 0.339203856674, -0.438344134005, 0.363659232327, 0.0625858895574, -0.35632601347, -0.911898886118, -0.493366107187],
    bias: 2.39604744356,
    threshold: 0.676181813143,
  },
};
