// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.681549852083, -0.479970722651, 0.60603537242, 0.850169238858, 0.971391123706, 0.902111090471, 0.504782804993, 1.78532475174, 0.601767978593, 0.335692559567],
  scales: [0.251375380897, 0.486250181892, 0.271605053142, 0.246616295505, 0.141714363292, 0.218606400172, 0.280346418468, 0.372788694322, 0.281422268092, 0.191882821319],
  weights: [0.767222491369, 1.2260248612, 0.3709311168, 1.05307217831, 0.302820093506, 0.901788029293, 0.607709588117, 0.289772881276, 1.39256094492, -0.153866187821],
  bias: 4.73640502746,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.63581437506,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.50308257396,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.788961812639, 0.915794728612, 0.902308034627, 0.4685418405, 1.71595300857],
    scales: [0.526974459116, 0.241457301797, 0.215476598332, 0.285178346589, 0.366922872571],
    weights: [2.466038557, 0.376827056072, 0.989841437809, 0.317361845182, 0.689976714119],
    bias: 2.52527116201,
    threshold: 0.652966672593,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.390675867124, -1.03764147041, 0.339345805022, 0.992264064553, 0.385637037918, 0.894267053606, 0.372493952849, 1.87166189359, 0.429220565355],
    scales: [0.16473017413, 0.460883675314, 0.168280851636, 0.084472579696, 0.36785847612, 0.214216965174, 0.265160560005, 0.329624388791, 0.230606442361],
    weights: [0.118064372777, 0.535576262311, 1.14662633762, 0.707908994742, 0.309874573636, 0.43838045561, 0.100306916082, 0.242768085578, -0.467109076236],
    bias: 2.38310585517,
    threshold: 0.628920961073,
  },
};
