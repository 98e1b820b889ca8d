import { normalize } from './normalize.js';
import { romanizeName } from './romanize.js';
import { LANGUAGE_SCRIPTS, scriptOf, type Language } from './script.js';
import { LANGUAGE_WORDS } from './words.js';

/**
 * Function words: postpositions, auxiliaries (English ones denied too, typed with or without the apostrophe:
 * isn't, dont), pronouns, conjunctions and particles, and the commonest
 * verbs of going, coming, doing and getting (English come, came, and carry and out, as in "carried out the
 * attack"; Hindi आए, आया; Bengali এসেছিল), and the Hindi light verb पड़ना that only carries the noun before
 * it (असर पड़ा, an effect fell: affected; करना पड़ा, had to), as करना, होना and जाना do, their conjunctive forms
 * too (उपयोग करके, दिल्ली होकर). Not their future forms (करेगा, होगा, जाएगा), nor Bengali করা's further forms
 * (করেছিল, করলেন, করতে), which are often the question's own verb: as function words they cost the short answers
 * that verb led to ("अस्पताल क्या शुरू करेगा?", "হাসপাতাল কী করতে চায়?" gave quotes only) and, with होगा, the
 * abstention "सर्वर कब ठीक होगा?" earns over articles that never say when. Nor करें, whose Latin reading "karen"
 * is a name. Of the verbs of coming, not the forms whose Latin reading is a common word or a name (आई is "ai", आता "ata",
 * আসে "ase", এল "el"), as a romanized question reads every word of these lists by its Latin reading too;
 * आये, आया and आते are kept, common as they are in "where from" questions (हैकर्स कहाँ से आते थे?), though
 * "aye", "Aya" and "ate" are read as them in a romanized Hindi question. Of the typed verbs of coming, the
 * romanized lists hold only those that are no English word or name, nor another Hindi word typed alike
 * (aaye, esechilo; not aate, also आटे, flour's), as those lists also tell the language. They do not say
 * what a question is about, so they do not count towards how well a passage covers it.
 * Deliberately absent, unlike Lucene's Hindi and Bengali stop lists: numbers (एक, পাঁচ), quantity
 * words (कुल, সব) and interrogatives (कितने, কত), which carry the question here; interrogatives are
 * read separately as the question's answer type. Possessive pronouns (उसका, আমার) are the language data's
 * `possessives`, added to the Hindi and Bengali lists below rather than written here again.
 */
export const STOPWORD_LISTS: Record<'hi' | 'bn' | 'en' | 'hi-latn' | 'bn-latn', string> = {
  hi: `का के की को में से पर ने है हैं था थी थे हो हुआ हुए हुई होने होना होता होती होते गया गई गए गयी गये
    पे मे हे नही
    होकर किया किए किये की कर करके करने करना करता करती करते कराया रहा रही रहे रहें जा जाकर जाता जाती जाते जाना चुका चुकी चुके
    पड़ा पड़ी पड़े पड़ता पड़ती पड़ते
    आ आए आये आया आते
    भी तो ही और या व एवं तथा कि जो जिस जिसे जिन जिसका जिसके जिसकी यह वह ये वे इस उस इन उन इसे उसे
    यहां वहां वहीं यहीं अब तब जब तक लिए लिये साथ द्वारा बाद पहले बारे तरफ ओर सकता सकती सकते सके सकें पाया पाए दिया दी दिए दें देने
    लेकर कुछ कई कोई किसी आप हम मैं तुम उन्होंने इन्होंने अपने अपना अपनी एवम् न नहीं ना सभी रूप तरह वाले वाला वाली वालों
    लेकिन किंतु किन्तु परंतु परन्तु बल्कि क्योंकि इसलिए ऐसा ऐसे ऐसी वैसा वैसे वैसी जिन्होंने जिन्हें जिनके जिनका जिनकी जिसने जिसमें जिससे
    जबकि हालांकि हालाँकि यद्यपि तथापि अथवा अन्यथा वरना
    वो
    उन्हें इन्हें उसने इसने मुझे हमें तुम्हें उनमें इनमें इसमें उसमें यहाँ वहाँ वहीँ यहीँ`,
  bn: `এই এ সেই ওই ঐ এর ও এবং বা আর কিন্তু তবে যে যা যার যাদের তা তিনি তারা সে তাকে তাতে
    করে করা করেন করেছে করেছেন করছে করছেন করবে হয় হয়ে হয়েছে হয়েছিল হচ্ছে হবে হল হলো ছিল ছিলো ছিলেন আছে আছেন রয়েছে থাকে
    থেকে জন্য দিয়ে সঙ্গে সাথে নিয়ে কাছে মধ্যে পরে আগে উপর প্রতি দ্বারা বলে বলেন হতে গিয়ে গিয়েছে গেছে যায় যাচ্ছে
    এসে এসেছে এসেছেন এসেছিল এসেছিলেন
    না নি কি টি টা গুলো গুলি দের রা কোনও কোনো এক্ষেত্রে এখন তখন যখন আমরা আমি আপনি তুমি আমাদের নিজের
    যিনি যাঁরা যারা যাঁর যাকে তাই বরং যদিও অথবা কিংবা তবুও নতুবা নাহলে ধরে পর্যন্ত এটা এটি ওটা ওটি সেটা সেটি
    ওরা এরা উনি ইনি তাঁরা নাগাদ
    তাঁকে ওকে যেখানে সেখানে এখানে ওখানে যাতে যেমন`,
  en: `a an the of to in on at by for with from into onto about over after before during since as than
    is are was were be been being am has have had do does did done that this these those it its they them their
    there here and or but nor so if then also too very just only not no any some such own same other
    although though whereas because however unless whether yet
    isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't can't cannot couldn't won't wouldn't shouldn't mustn't ain't
    isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt couldnt wouldnt shouldnt mustnt
    he she his her we our us you your i me my can could will would shall should may might must
    go goes went gone going get gets got gotten make makes made take takes took taken come comes came out
    carry carries carried carrying`,
  'hi-latn': `ka ke ki ko me mein mai se par pe ne hai hain he tha thi the ho hua hue hui gaya gayi gaye gai
    kiya kiye kar karne karna raha rahi rahe ja jaa chuka chuki bhi to hi aur ya jo yeh ye woh wo is us in un thay
    wala wale wali walo walon waala waale waali waalo waalon apne apna sakta sakte liye aa aaye aaya aayi`,
  'bn-latn': `er ar o theke hoy hoye hoyeche hoyechilo hoyechhilo hochhe hocche chilo chhilo ache achhe kore kora korechhe
    koreche korche korchhe korchilo korchhilo korechilo korechhilo korchen korechen korchilen korechilen jonno diye niye ei sei ta tar tader tara je ja jeta ekta ekti gulo guli r ke
    eseche esechen eshechen esechilo esechhilo eshechilo eshechhilo geche gechen gechilo giyeche giyechen gelo`,
};

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean).map((w) => normalize(w));

const HAND_WRITTEN = Object.fromEntries(Object.entries(STOPWORD_LISTS).map(([lang, list]) => [lang, new Set(words(list))])) as Record<
  keyof typeof STOPWORD_LISTS,
  Set<string>
>;

/** A language's possessive pronouns as its own script writes them (data possessives: उसका, আমার, his): function words too, listed once. */
const possessives = (language: 'hi' | 'bn') => LANGUAGE_WORDS[language].possessives.filter((w) => scriptOf(w[0] ?? '') === LANGUAGE_SCRIPTS[language]).map((w) => normalize(w));
const NATIVE = { hi: [...HAND_WRITTEN.hi, ...possessives('hi')], bn: [...HAND_WRITTEN.bn, ...possessives('bn')] };

/**
 * A romanized function word is also the Latin reading of each word in its language's own list, so that
 * the lists cannot drift apart (রা is "ra", থেকে "theke"). Those readings only mark function words once
 * a question is read as romanized; the language is told by the hand-written spellings alone, since some
 * readings are English words too (में is "men", उसे "use").
 */
function withReadings(latin: Set<string>, native: readonly string[], script: 'deva' | 'beng'): Set<string> {
  const readings = native.flatMap((w) => {
    const r = romanizeName(w, script);
    return r ? [normalize(r)] : [];
  });
  return new Set([...latin, ...readings]);
}

const FUNCTION_WORDS: Record<keyof typeof STOPWORD_LISTS, Set<string>> = {
  ...HAND_WRITTEN,
  hi: new Set(NATIVE.hi),
  bn: new Set(NATIVE.bn),
  'hi-latn': withReadings(HAND_WRITTEN['hi-latn'], NATIVE.hi, 'deva'),
  'bn-latn': withReadings(HAND_WRITTEN['bn-latn'], NATIVE.bn, 'beng'),
};

export type StopLanguage = keyof typeof STOPWORD_LISTS | 'latn-indic';

/** Whether a normalized token is a function word in the language it is read as ('latn-indic': romanized Hindi or Bengali). */
export function isStopword(norm: string, lang: StopLanguage): boolean {
  if (lang === 'latn-indic') return FUNCTION_WORDS['hi-latn'].has(norm) || FUNCTION_WORDS['bn-latn'].has(norm);
  return FUNCTION_WORDS[lang].has(norm);
}

/** Whether a normalized token of a text in a language is a function word of it or of English (English words stand inside Hindi and Bengali text). */
export const isTextFunctionWord = (norm: string, language: Language): boolean => isStopword(norm, language) || isStopword(norm, 'en');

/** Whether a normalized Latin token is one of the function words a language is told by (readingOf). */
export function tellsLanguage(norm: string, lang: 'en' | 'hi-latn' | 'bn-latn'): boolean {
  return HAND_WRITTEN[lang].has(norm);
}
