import type { Language } from '../lang/script.js';

/** The bot's own words beyond the answer (those are in src/render/i18n.ts, shared with the CLI). */
export interface BotMessages {
  apology: string;
  cooldown: (seconds: number) => string;
  tooLong: (max: number) => string;
  empty: string;
  notModerator: string;
  guildOnly: string;
  /** A moderator command in a server that is not one of the deployment's admin servers. */
  notAdminServer: string;
  /** A moderator command when the operator named no admin server: says which variable to set. */
  noAdminServers: string;
  stillLoading: string;
  reindexRunning: string;
  reindexRefused: (reason: string) => string;
  reindexTitle: string;
  reindexSummary: (r: { articles: number; passages: number; seconds: number }) => string;
  reindexUnchanged: string;
  reanalyzed: (n: number) => string;
  added: string;
  changed: string;
  removed: string;
  failed: string;
  none: string;
  andMore: (n: number) => string;
  sourcesTitle: string;
  sourcesBuilt: (when: string) => string;
  sourcesEmpty: string;
  passages: (n: number) => string;
  helpTitle: string;
  helpBody: string;
  helpLanguages: string;
  helpExamples: string;
  helpCommands: string;
  feedbackThanks: string;
  feedbackGone: string;
  gapsTitle: (days: number) => string;
  gapsEmpty: string;
  gapsLine: (g: { count: number; abstained: number; down: number; languages: string }) => string;
  /** Appended to a gap's line: how many of its questions were asked with `private`. */
  gapsPrivate: (n: number) => string;
  /** Shown instead of the wording when every question of a gap was asked with `private`. */
  gapsPrivateExample: string;
  corpusAdded: (file: string, replaced: boolean) => string;
  corpusRemoved: (file: string, to: string) => string;
  corpusRefused: (reason: string) => string;
  /** After corpusAdded, when a reindex was running: the article waits for it and one more. */
  corpusAddQueued: string;
  /** After corpusRemoved, when a reindex was running. */
  corpusRemoveQueued: string;
}

export const BOT_MESSAGES: Record<Language, BotMessages> = {
  en: {
    apology: 'Sorry, something went wrong while answering. It has been logged; please try again.',
    cooldown: (s) => `Please wait ${s} s before asking again.`,
    tooLong: (max) => `Questions can be at most ${max} characters. Please ask something shorter.`,
    empty: 'Please type a question.',
    notModerator: 'Only moderators (Manage Server, or a moderator role) can do this.',
    guildOnly: 'This command works only in a server, not in direct messages.',
    notAdminServer: 'Moderator commands work only in the servers that run this bot (its admin servers), not here.',
    noAdminServers: 'Moderator commands are turned off: no admin server is set. The bot’s operator can name one with ADMIN_GUILD_IDS.',
    stillLoading: 'Sakshi is still loading its articles. Please ask again in a moment.',
    reindexRunning: 'A reindex is already running; here is its report when it finishes.',
    reindexRefused: (reason) => `Reindex refused, the current index keeps serving: ${reason}`,
    reindexTitle: 'Reindex',
    reindexSummary: (r) => `${r.articles} articles, ${r.passages} passages, in ${r.seconds.toFixed(2)} s.`,
    reindexUnchanged: 'No article changed: the index is up to date.',
    reanalyzed: (n) => `${n} analyzed anew, the others reused.`,
    added: 'Added',
    changed: 'Changed',
    removed: 'Removed',
    failed: 'Failed',
    none: 'none',
    andMore: (n) => `… and ${n} more`,
    sourcesTitle: 'Indexed articles',
    sourcesBuilt: (when) => `Index built ${when}`,
    sourcesEmpty: 'No articles are indexed.',
    passages: (n) => `${n} passages`,
    helpTitle: 'Sakshi (witness)',
    helpBody: 'I answer questions about the incident from news articles, and always show the evidence: a short answer, the sentences quoted exactly, and the article they come from. If the articles do not say, I say so; if they disagree, I show both.',
    helpLanguages: 'Ask in Hindi, Bengali or English, or Hindi/Bengali in Latin letters. The evidence may be in another language than your question.',
    helpExamples: 'Try',
    helpCommands: '/ask your question · /sources the articles · /help this message',
    feedbackThanks: 'Thank you: your feedback is recorded.',
    feedbackGone: 'This answer is too old to take feedback.',
    gapsTitle: (d) => `What the articles could not answer (last ${d} days)`,
    gapsEmpty: 'Nothing: every question was answered and none got a 👎.',
    gapsLine: (g) => `${g.count}× · ${g.languages}${g.abstained ? ` · not answered ${g.abstained}` : ''}${g.down ? ` · 👎 ${g.down}` : ''}`,
    gapsPrivate: (n) => ` · asked privately ${n}`,
    gapsPrivateExample: '(asked privately: the wording is not shown)',
    corpusAdded: (f, r) => `${r ? 'Replaced' : 'Added'} ${f}.`,
    corpusRemoved: (f, to) => `Moved ${f} to ${to}; it can be put back from there.`,
    corpusRefused: (reason) => `Not done, nothing was written: ${reason}`,
    corpusAddQueued: 'It will be searchable after the reindex that is running now and one more; the report follows here.',
    corpusRemoveQueued: 'It will be gone from answers after the reindex that is running now and one more; the report follows here.',
  },
  hi: {
    apology: 'माफ़ कीजिए, उत्तर देते समय कुछ गड़बड़ हुई। यह दर्ज कर लिया गया है; कृपया फिर से पूछें।',
    cooldown: (s) => `कृपया फिर से पूछने से पहले ${s} सेकंड रुकें।`,
    tooLong: (max) => `प्रश्न अधिकतम ${max} अक्षरों का हो सकता है। कृपया छोटा प्रश्न पूछें।`,
    empty: 'कृपया प्रश्न लिखें।',
    notModerator: 'यह केवल मॉडरेटर (Manage Server या मॉडरेटर भूमिका वाले) कर सकते हैं।',
    guildOnly: 'यह कमांड केवल सर्वर में काम करता है, सीधे संदेश में नहीं।',
    notAdminServer: 'मॉडरेटर कमांड केवल उन सर्वरों में काम करते हैं जो यह बॉट चलाते हैं (इसके एडमिन सर्वर), यहां नहीं।',
    noAdminServers: 'मॉडरेटर कमांड बंद हैं: कोई एडमिन सर्वर तय नहीं है। बॉट चलाने वाले ADMIN_GUILD_IDS में एक सर्वर लिख सकते हैं।',
    stillLoading: 'साक्षी अभी लेख लोड कर रहा है। कृपया थोड़ी देर में फिर पूछें।',
    reindexRunning: 'रीइंडेक्स पहले से चल रहा है; पूरा होने पर उसकी रिपोर्ट यहीं मिलेगी।',
    reindexRefused: (reason) => `रीइंडेक्स नहीं किया गया, मौजूदा इंडेक्स काम करता रहेगा: ${reason}`,
    reindexTitle: 'रीइंडेक्स',
    reindexSummary: (r) => `${r.articles} लेख, ${r.passages} अंश, ${r.seconds.toFixed(2)} सेकंड में।`,
    reindexUnchanged: 'कोई लेख नहीं बदला: इंडेक्स ताज़ा है।',
    reanalyzed: (n) => `${n} का फिर से विश्लेषण, बाकी पहले जैसे।`,
    added: 'जोड़े गए',
    changed: 'बदले गए',
    removed: 'हटाए गए',
    failed: 'विफल',
    none: 'कोई नहीं',
    andMore: (n) => `… और ${n}`,
    sourcesTitle: 'इंडेक्स किए गए लेख',
    sourcesBuilt: (when) => `इंडेक्स बना: ${when}`,
    sourcesEmpty: 'कोई लेख इंडेक्स नहीं है।',
    passages: (n) => `${n} अंश`,
    helpTitle: 'साक्षी',
    helpBody: 'मैं समाचार लेखों से घटना के बारे में प्रश्नों के उत्तर देता हूं और हमेशा सबूत दिखाता हूं: छोटा उत्तर, लेख के वाक्य ज्यों के त्यों, और वह लेख जिससे वे लिए गए। लेखों में उत्तर न हो तो मैं यही बताता हूं; स्रोत अलग बातें कहें तो दोनों दिखाता हूं।',
    helpLanguages: 'हिंदी, बांग्ला या अंग्रेज़ी में पूछें, या हिंदी/बांग्ला रोमन अक्षरों में। सबूत किसी दूसरी भाषा में भी हो सकता है।',
    helpExamples: 'उदाहरण',
    helpCommands: '/ask आपका प्रश्न · /sources लेख · /help यह संदेश',
    feedbackThanks: 'धन्यवाद: आपकी राय दर्ज कर ली गई है।',
    feedbackGone: 'यह उत्तर राय लेने के लिए बहुत पुराना है।',
    gapsTitle: (d) => `जिनका उत्तर लेखों में नहीं मिला (पिछले ${d} दिन)`,
    gapsEmpty: 'कुछ नहीं: हर प्रश्न का उत्तर दिया गया और किसी को 👎 नहीं मिला।',
    gapsLine: (g) => `${g.count}× · ${g.languages}${g.abstained ? ` · उत्तर नहीं ${g.abstained}` : ''}${g.down ? ` · 👎 ${g.down}` : ''}`,
    gapsPrivate: (n) => ` · निजी ${n}`,
    gapsPrivateExample: '(निजी रूप से पूछा गया: शब्द नहीं दिखाए जाते)',
    corpusAdded: (f, r) => `${f} ${r ? 'बदला गया' : 'जोड़ा गया'}।`,
    corpusRemoved: (f, to) => `${f} को ${to} में रखा गया; वहां से वापस लाया जा सकता है।`,
    corpusRefused: (reason) => `नहीं किया गया, कुछ नहीं लिखा गया: ${reason}`,
    corpusAddQueued: 'यह अभी चल रहे रीइंडेक्स और उसके बाद एक और रीइंडेक्स के बाद खोजा जा सकेगा; रिपोर्ट यहीं मिलेगी।',
    corpusRemoveQueued: 'यह अभी चल रहे रीइंडेक्स और उसके बाद एक और रीइंडेक्स के बाद उत्तरों से हटेगा; रिपोर्ट यहीं मिलेगी।',
  },
  bn: {
    apology: 'দুঃখিত, উত্তর দেওয়ার সময় কিছু ভুল হয়েছে। এটি নথিভুক্ত হয়েছে; অনুগ্রহ করে আবার জিজ্ঞাসা করুন।',
    cooldown: (s) => `আবার জিজ্ঞাসা করার আগে অনুগ্রহ করে ${s} সেকেন্ড অপেক্ষা করুন।`,
    tooLong: (max) => `প্রশ্ন সর্বাধিক ${max} অক্ষরের হতে পারে। অনুগ্রহ করে ছোট প্রশ্ন করুন।`,
    empty: 'অনুগ্রহ করে একটি প্রশ্ন লিখুন।',
    notModerator: 'এটি কেবল মডারেটররা (Manage Server বা মডারেটর ভূমিকা) করতে পারেন।',
    guildOnly: 'এই কমান্ড কেবল সার্ভারে কাজ করে, সরাসরি বার্তায় নয়।',
    notAdminServer: 'মডারেটর কমান্ড কেবল সেই সার্ভারগুলিতে কাজ করে যেগুলি এই বট চালায় (এর অ্যাডমিন সার্ভার), এখানে নয়।',
    noAdminServers: 'মডারেটর কমান্ড বন্ধ: কোনো অ্যাডমিন সার্ভার ঠিক করা নেই। বট যিনি চালান তিনি ADMIN_GUILD_IDS-এ একটি সার্ভার লিখতে পারেন।',
    stillLoading: 'সাক্ষী এখনও প্রতিবেদনগুলি লোড করছে। একটু পরে আবার জিজ্ঞাসা করুন।',
    reindexRunning: 'রিইনডেক্স আগে থেকেই চলছে; শেষ হলে তার রিপোর্ট এখানে পাবেন।',
    reindexRefused: (reason) => `রিইনডেক্স করা হয়নি, বর্তমান ইনডেক্স চালু থাকবে: ${reason}`,
    reindexTitle: 'রিইনডেক্স',
    reindexSummary: (r) => `${r.articles}টি প্রতিবেদন, ${r.passages}টি অংশ, ${r.seconds.toFixed(2)} সেকেন্ডে।`,
    reindexUnchanged: 'কোনো প্রতিবেদন বদলায়নি: ইনডেক্স হালনাগাদ আছে।',
    reanalyzed: (n) => `${n}টি নতুন করে বিশ্লেষণ, বাকিগুলি আগের মতো।`,
    added: 'যোগ হয়েছে',
    changed: 'বদলেছে',
    removed: 'সরানো হয়েছে',
    failed: 'ব্যর্থ',
    none: 'কিছু নেই',
    andMore: (n) => `… আরও ${n}টি`,
    sourcesTitle: 'ইনডেক্স করা প্রতিবেদন',
    sourcesBuilt: (when) => `ইনডেক্স তৈরি: ${when}`,
    sourcesEmpty: 'কোনো প্রতিবেদন ইনডেক্স করা নেই।',
    passages: (n) => `${n}টি অংশ`,
    helpTitle: 'সাক্ষী',
    helpBody: 'আমি সংবাদ প্রতিবেদন থেকে ঘটনার বিষয়ে প্রশ্নের উত্তর দিই এবং সবসময় প্রমাণ দেখাই: সংক্ষিপ্ত উত্তর, প্রতিবেদনের বাক্য হুবহু, আর কোন প্রতিবেদন থেকে নেওয়া। প্রতিবেদনে উত্তর না থাকলে তা-ই বলি; সূত্রগুলি ভিন্ন কথা বললে দুটোই দেখাই।',
    helpLanguages: 'হিন্দি, বাংলা বা ইংরেজিতে জিজ্ঞাসা করুন, অথবা রোমান হরফে হিন্দি/বাংলা। প্রমাণ অন্য ভাষাতেও থাকতে পারে।',
    helpExamples: 'যেমন',
    helpCommands: '/ask আপনার প্রশ্ন · /sources প্রতিবেদন · /help এই বার্তা',
    feedbackThanks: 'ধন্যবাদ: আপনার মতামত নথিভুক্ত হয়েছে।',
    feedbackGone: 'এই উত্তরটি মতামত নেওয়ার জন্য অনেক পুরনো।',
    gapsTitle: (d) => `প্রতিবেদনে যার উত্তর মেলেনি (গত ${d} দিন)`,
    gapsEmpty: 'কিছু নেই: সব প্রশ্নের উত্তর দেওয়া হয়েছে, কেউ 👎 দেননি।',
    gapsLine: (g) => `${g.count}× · ${g.languages}${g.abstained ? ` · উত্তর নেই ${g.abstained}` : ''}${g.down ? ` · 👎 ${g.down}` : ''}`,
    gapsPrivate: (n) => ` · ব্যক্তিগত ${n}`,
    gapsPrivateExample: '(ব্যক্তিগতভাবে জিজ্ঞাসিত: শব্দগুলি দেখানো হয় না)',
    corpusAdded: (f, r) => `${f} ${r ? 'বদলানো হয়েছে' : 'যোগ করা হয়েছে'}।`,
    corpusRemoved: (f, to) => `${f} সরিয়ে ${to}-এ রাখা হয়েছে; সেখান থেকে ফেরানো যায়।`,
    corpusRefused: (reason) => `করা হয়নি, কিছু লেখা হয়নি: ${reason}`,
    corpusAddQueued: 'এখন চলা রিইনডেক্স এবং তার পরে আরও একটি রিইনডেক্সের পরে এটি খোঁজা যাবে; রিপোর্ট এখানেই পাবেন।',
    corpusRemoveQueued: 'এখন চলা রিইনডেক্স এবং তার পরে আরও একটি রিইনডেক্সের পরে এটি উত্তর থেকে সরে যাবে; রিপোর্ট এখানেই পাবেন।',
  },
};

export const botMessages = (language: Language): BotMessages => BOT_MESSAGES[language];
