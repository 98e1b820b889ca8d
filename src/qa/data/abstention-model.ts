// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'titled', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.681642525226, -0.479902700361, 0.606194264125, 0.850284295845, 0.971391123706, 0.129071592544, 0.902111090471, 0.504877578843, 1.78532475174, 0.602028798136, 0.335866286553],
  scales: [0.251478306718, 0.486438847845, 0.271727041829, 0.24664105472, 0.141714363292, 0.229431185385, 0.218606400172, 0.280326444277, 0.372788694322, 0.281603234222, 0.192031127793],
  weights: [0.699530492373, 1.23674287286, 0.489840288137, 1.05016282743, 0.281943630821, 1.04085141658, 0.872313310185, 0.61608572342, 0.322928690326, 1.25046205, -0.064858121761],
  bias: 5.04414008548,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.616637019612,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.4947607773,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'titled', 'typed', 'margin', 'units', 'alone'],
    means: [-0.788103058954, 0.915794728612, 0.177255853779, 0.902308034627, 0.468419418233, 1.71595300857, 0.585913686372],
    scales: [0.527137562895, 0.241457301797, 0.258000048139, 0.215476598332, 0.285254649819, 0.366922872571, 0.238734729653],
    weights: [2.07579900287, 0.38302173586, 0.404130125525, 0.960395238537, 0.341693322951, 0.469645065256, -0.352296644185],
    bias: 2.66151404822,
    threshold: 0.644870321329,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'rarest', 'named', 'titled', 'sounded', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.390905249967, -1.03710655124, 0.339917258797, 0.233146423542, 0.992264064553, 0.0606845870079, 0.384626955277, 0.894267053606, 0.372969032167, 1.87166189359, 0.548341464897, 0.429082156352],
    scales: [0.164790387036, 0.461113551298, 0.168277901729, 0.343149413622, 0.084472579696, 0.103587770744, 0.367168690138, 0.214216965174, 0.26504760438, 0.329624388791, 0.239139474951, 0.230670981693],
    weights: [0.413033726546, 0.222710717553, 0.291934263885, 0.126008766629, 0.607390619993, 0.721993132593, 0.297617599904, 0.424501874095, 0.165365042505, -0.275795411884, -0.752189885443, -0.354341224601],
    bias: 2.46449158852,
    threshold: 0.665198398642,
  },
};
