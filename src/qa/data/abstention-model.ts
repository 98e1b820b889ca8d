// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.681642525226, -0.479902700361, 0.606194264125, 0.850284295845, 0.971391123706, 0.902111090471, 0.504877578843, 1.78532475174, 0.602028798136, 0.335866286553],
  scales: [0.251478306718, 0.486438847845, 0.271727041829, 0.24664105472, 0.141714363292, 0.218606400172, 0.280326444277, 0.372788694322, 0.281603234222, 0.192031127793],
  weights: [0.772553443987, 1.22488305212, 0.381258628598, 1.05371650695, 0.303023193289, 0.904627442777, 0.610883589871, 0.292772322604, 1.38754985485, -0.152478048079],
  bias: 4.74860742237,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.636092739761,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.503319303328,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'alone'],
    means: [-0.788103058954, 0.915794728612, 0.902308034627, 0.468419418233, 1.71595300857, 0.585913686372],
    scales: [0.527137562895, 0.241457301797, 0.215476598332, 0.285254649819, 0.366922872571, 0.238734729653],
    weights: [2.16523052542, 0.371219842776, 0.996244027011, 0.35817819929, 0.429222062264, -0.364101329997],
    bias: 2.56181575988,
    threshold: 0.668962453088,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'rarest', 'named', 'sounded', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.390905249967, -1.03710655124, 0.339917258797, 0.233146423542, 0.992264064553, 0.384626955277, 0.894267053606, 0.372969032167, 1.87166189359, 0.548341464897, 0.429082156352],
    scales: [0.164790387036, 0.461113551298, 0.168277901729, 0.343149413622, 0.084472579696, 0.367168690138, 0.214216965174, 0.26504760438, 0.329624388791, 0.239139474951, 0.230670981693],
    weights: [0.639327334323, 0.212870267262, 0.0771107552609, 0.079740705132, 0.634656670093, 0.283030419287, 0.428306281331, 0.122526949324, -0.359385536155, -0.861381421221, -0.46872003765],
    bias: 2.30244095122,
    threshold: 0.667170633708,
  },
};
