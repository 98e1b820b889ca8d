// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.681489648181, -0.480078622678, 0.606011412654, 0.850174978408, 0.971391123706, 0.902111090471, 0.504840040927, 1.78532475174, 0.601767978593, 0.335866286553],
  scales: [0.25137027832, 0.486311653598, 0.271597858633, 0.246611610205, 0.141714363292, 0.218606400172, 0.280372807868, 0.372788694322, 0.281422268092, 0.192031127793],
  weights: [0.768334400682, 1.22674773555, 0.369501631769, 1.05302591992, 0.303004818503, 0.902834819932, 0.607880357144, 0.290453592183, 1.39179750763, -0.153638677821],
  bias: 4.735430354,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.635929996264,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.503333114059,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.78896717131, 0.915794728612, 0.902308034627, 0.468574772064, 1.71595300857],
    scales: [0.526978356736, 0.241457301797, 0.215476598332, 0.285220533096, 0.366922872571],
    weights: [2.46680079159, 0.376686999618, 0.989786842818, 0.315803616734, 0.690053968371],
    bias: 2.5248928658,
    threshold: 0.653234839366,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.39069968412, -1.03757988633, 0.339353318512, 0.992264064553, 0.383710424999, 0.894267053606, 0.372495866455, 1.87166189359, 0.429467478936],
    scales: [0.164735418632, 0.460889846429, 0.168292716897, 0.084472579696, 0.367253972471, 0.214216965174, 0.265152784057, 0.329624388791, 0.231002968049],
    weights: [0.114578301399, 0.534026164693, 1.1466980262, 0.708851486832, 0.3189765723, 0.434793852541, 0.102479140117, 0.243866761095, -0.468229484257],
    bias: 2.38410849825,
    threshold: 0.63415800455,
  },
};
