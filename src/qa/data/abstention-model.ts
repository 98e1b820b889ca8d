// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.681679520305, -0.479866519503, 0.606265306368, 0.850293684548, 0.971391123706, 0.902111090471, 0.504861790583, 1.7854021464, 0.602083998039, 0.335982206349],
  scales: [0.251479371708, 0.486520409676, 0.271692259382, 0.246631635495, 0.141714363292, 0.218606400172, 0.280408617757, 0.372835883661, 0.281559890047, 0.192250776894],
  weights: [0.778393972564, 1.21912071992, 0.389532162452, 1.04883691743, 0.301683374877, 0.918008584577, 0.611635615871, 0.29432187478, 1.39244979109, -0.15341006167],
  bias: 4.7563065721,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.635092654837,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.503698837234,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'alone'],
    means: [-0.788034619846, 0.915794728612, 0.902308034627, 0.468404036626, 1.71595300857, 0.585961269279],
    scales: [0.52708113647, 0.241457301797, 0.215476598332, 0.285276076144, 0.366922872571, 0.238691223],
    weights: [2.16732641243, 0.370838217372, 0.998382983198, 0.36130281386, 0.43017504048, -0.361562940051],
    bias: 2.56321265342,
    threshold: 0.668725781099,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'rarest', 'named', 'sounded', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.390973457174, -1.03695860953, 0.340033569826, 0.233146423542, 0.992264064553, 0.384626955277, 0.894267053606, 0.372893694943, 1.87183673011, 0.548107860759, 0.429220565355],
    scales: [0.164821014049, 0.461196206631, 0.168267312371, 0.343149413622, 0.084472579696, 0.367168690138, 0.214216965174, 0.265017258291, 0.329699129352, 0.239247552854, 0.230499346078],
    weights: [0.632892195661, 0.21127631307, 0.0913716384231, 0.0786544328784, 0.635297376101, 0.280715812465, 0.432496230703, 0.123325312783, -0.35660835071, -0.860251658908, -0.465844017419],
    bias: 2.30290709424,
    threshold: 0.666802235133,
  },
};
