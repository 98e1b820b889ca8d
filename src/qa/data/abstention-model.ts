// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67983028376, -0.486345855129, 0.602253499858, 0.849288909354, 0.971047877742, 0.0190770187866, 0.889810012449, 0.511618987221, 1.78520336662, 0.597721800435, 0.336004410166],
  scales: [0.254318878466, 0.49787596725, 0.273334244944, 0.247527697722, 0.143102833957, 0.136795782613, 0.24615825641, 0.282752667931, 0.372639649076, 0.283224386333, 0.192745016214],
  weights: [0.827532363796, 1.29415202432, 0.630105597372, 0.918393148252, 0.303726687737, -0.734560161464, 0.668034972705, 0.509424282258, 0.227390322388, 1.10060674788, -0.184079777959],
  bias: 4.67629076246,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.68669148527,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.483697133369,
  },
  fromEnglish: {
    features: ['coverage', 'coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [0.511326562535, -0.794123189572, 0.913916364166, 0.0241391914606, 0.898984445989, 0.474725477864, 1.71595300857, 0.590184663167],
    scales: [0.230662653688, 0.53227078613, 0.244230564004, 0.153481239558, 0.224550142438, 0.285205044427, 0.366922872571, 0.240866179459],
    weights: [0.00990996624344, 2.32116964961, 0.305524958242, -0.983763789906, 0.679563131288, 0.30827557382, 0.43278210425, -0.388004273472],
    bias: 2.60291406164,
    threshold: 0.665578633252,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.389478136736, -1.0428500006, 0.2367814219, 0.992264018434, 0.37889903139, 0.0138792911843, 0.889939549615, 0.381711776528, 1.87139584098, 0.551047905013, 0.420641682326],
    scales: [0.165392762463, 0.466829031346, 0.344211287338, 0.084472951014, 0.369099873584, 0.116989984445, 0.227618405602, 0.267694528378, 0.329322276172, 0.242709765993, 0.232461027034],
    weights: [0.814529797501, 0.142044098617, 0.155211006656, 0.643985163858, 0.327337377924, -0.406329027581, 0.394652567384, 0.0702571310482, -0.360228596374, -0.919675827035, -0.488138264108],
    bias: 2.37316204006,
    threshold: 0.683143891022,
  },
};
