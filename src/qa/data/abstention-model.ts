// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.681661682382, -0.479924145538, 0.606251410081, 0.850289483303, 0.971316886456, 0.902111090471, 0.504841900427, 1.7854021464, 0.602141716226, 0.335924004739],
  scales: [0.251491909113, 0.48663228631, 0.271695474232, 0.246637726501, 0.141995932173, 0.218606400172, 0.280463628358, 0.372835883661, 0.281456940928, 0.192080445935],
  weights: [0.776550375306, 1.21721446443, 0.392185282964, 1.04827073746, 0.301771196521, 0.919054711987, 0.609412925336, 0.29268925481, 1.39108389452, -0.157123272277],
  bias: 4.75505450139,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.635317279645,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.502896785999,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'alone'],
    means: [-0.788047933696, 0.915794728612, 0.902308034627, 0.468534736344, 1.71595300857, 0.585961269279],
    scales: [0.527164976104, 0.241457301797, 0.215476598332, 0.285134083293, 0.366922872571, 0.238691223],
    weights: [2.16864622187, 0.370535935103, 0.998593537934, 0.362113956409, 0.431298957211, -0.361378166177],
    bias: 2.56370315046,
    threshold: 0.668424593485,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'rarest', 'named', 'sounded', 'typed', 'margin', 'units', 'alone', 'spread'],
    means: [0.390966560855, -1.03698297368, 0.340051658608, 0.233442719839, 0.992264018434, 0.384722190347, 0.894267053606, 0.372969855704, 1.87183673011, 0.5482421779, 0.429205613142],
    scales: [0.164823993052, 0.461213924457, 0.168238309995, 0.343431395312, 0.084472951014, 0.36713408427, 0.214216965174, 0.264870572643, 0.329699129352, 0.23927218885, 0.230708901286],
    weights: [0.671888465065, 0.20088671212, 0.0470036897204, 0.0672919953602, 0.633132416134, 0.276423084191, 0.433338176695, 0.118123685872, -0.376270542185, -0.882295441479, -0.476950241827],
    bias: 2.30259194414,
    threshold: 0.670220177646,
  },
};
