// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'valueless', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67983028376, -0.486345855129, 0.602253499858, 0.849288909354, 0.971047877742, 0.0193656097184, 0.889520976504, 0.511707878315, 1.78520336662, 0.597721800435, 0.335772964993],
  scales: [0.254318878466, 0.49787596725, 0.273334244944, 0.247527697722, 0.143102833957, 0.137806323798, 0.246615372326, 0.282715919646, 0.372639649076, 0.283224386333, 0.192548355233],
  weights: [0.823232366618, 1.29437494693, 0.626726373784, 0.922045031445, 0.305779973626, -0.74649925679, 0.659654124827, 0.51939783508, 0.230644466038, 1.09426838413, -0.175351931626],
  bias: 4.67037162686,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.684917515987,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.484078944779,
  },
  fromEnglish: {
    features: ['coverage', 'coverageLog', 'named', 'valueless', 'typed', 'margin', 'units', 'alone'],
    means: [0.511326562535, -0.794123189572, 0.913916364166, 0.0241391914606, 0.898319728261, 0.474766160921, 1.71595300857, 0.590184663167],
    scales: [0.230662653688, 0.53227078613, 0.244230564004, 0.153481239558, 0.226315345876, 0.285243183437, 0.366922872571, 0.240866179459],
    weights: [0.00990446736341, 2.32013538551, 0.307248958312, -0.981529710844, 0.68256035867, 0.309214890715, 0.435929443427, -0.388991733824],
    bias: 2.60469021347,
    threshold: 0.665174329483,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'rarest', 'named', 'sounded', 'valueless', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.389533316046, -1.04270754067, 0.237707347826, 0.992264018434, 0.379558696206, 0.0144965751349, 0.887810879756, 0.381422014731, 1.87139584098, 0.55109652786, 0.420394768746],
    scales: [0.165393894439, 0.466856270068, 0.344586128191, 0.084472951014, 0.369017620146, 0.119525831703, 0.230867108227, 0.268063710589, 0.329322276172, 0.242677878129, 0.231951175825],
    weights: [0.821556484921, 0.148894295762, 0.127501024691, 0.647082797048, 0.319114428988, -0.419720142975, 0.412644219501, 0.0784875545148, -0.3632848812, -0.924003659131, -0.475580873405],
    bias: 2.37189315502,
    threshold: 0.685289260969,
  },
};
