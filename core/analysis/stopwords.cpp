// The built-in stop-word lists of the word analyses. Written for Dyad: function words of
// English and of Modern Chinese as they occur in abstracts, plus the boilerplate of abstracts
// ("background", "methods", ...) is NOT included — those are content in a methods review.
// Chinese entries are ICU word tokens (the form wordTokens() produces), so multi-character
// entries such as 我们 must be words ICU's dictionary keeps whole.
#include "core/analysis/words.h"

#include <QSet>

#include <iterator>

namespace dyad::core::analysis {

namespace {

const char16_t *const kEnglish[] = {
    u"a", u"about", u"above", u"after", u"again", u"against", u"all", u"also", u"although", u"am", u"among",
    u"an", u"and", u"any", u"are", u"aren't", u"as", u"at", u"be", u"because", u"been", u"before", u"being",
    u"below", u"between", u"both", u"but", u"by", u"can", u"cannot", u"could", u"did", u"didn't", u"do",
    u"does", u"doesn't", u"doing", u"don't", u"down", u"during", u"each", u"either", u"etc", u"few", u"for",
    u"from", u"further", u"had", u"has", u"hasn't", u"have", u"haven't", u"having", u"he", u"her", u"here",
    u"hers", u"herself", u"him", u"himself", u"his", u"how", u"however", u"i", u"if", u"in", u"into", u"is",
    u"isn't", u"it", u"it's", u"its", u"itself", u"just", u"may", u"me", u"might", u"more", u"most", u"must",
    u"my", u"myself", u"neither", u"no", u"nor", u"not", u"of", u"off", u"on", u"once", u"only", u"or",
    u"other", u"our", u"ours", u"ourselves", u"out", u"over", u"own", u"per", u"same", u"shall", u"she",
    u"should", u"since", u"so", u"some", u"such", u"than", u"that", u"that's", u"the", u"their", u"theirs",
    u"them", u"themselves", u"then", u"there", u"there's", u"these", u"they", u"this", u"those", u"though",
    u"through", u"thus", u"to", u"too", u"under", u"until", u"up", u"upon", u"us", u"very", u"via", u"was",
    u"wasn't", u"we", u"were", u"weren't", u"what", u"when", u"where", u"whereas", u"whether", u"which",
    u"while", u"who", u"whom", u"whose", u"why", u"will", u"with", u"within", u"without", u"would", u"yet",
    u"you", u"your", u"yours", u"yourself", u"yourselves",
};

const char16_t *const kChinese[] = {
    // particles, conjunctions, prepositions, pronouns, copulas and common adverbs
    u"的", u"地", u"得", u"了", u"着", u"过", u"和", u"与", u"及", u"以及", u"或", u"或者", u"而", u"而且",
    u"并", u"并且", u"但", u"但是", u"然而", u"因此", u"所以", u"因为", u"如果", u"虽然", u"是", u"为", u"在",
    u"对", u"对于", u"于", u"从", u"由", u"由于", u"把", u"被", u"将", u"向", u"以", u"之", u"其", u"其中",
    u"此", u"该", u"这", u"这些", u"这个", u"那", u"那些", u"那个", u"我", u"我们", u"你", u"你们", u"他",
    u"他们", u"她", u"她们", u"它", u"它们", u"自己", u"也", u"都", u"就", u"还", u"又", u"很", u"更", u"最",
    u"已", u"已经", u"等", u"等等", u"中", u"上", u"下", u"内", u"有", u"没有", u"无", u"不", u"个", u"些",
    u"各", u"每", u"即", u"则", u"如", u"让", u"使", u"给", u"到", u"会", u"能", u"可", u"可以", u"要",
    u"吗", u"呢", u"吧", u"啊", u"之间", u"通过", u"进行", u"关于",
};

const QSet<QString> &stopSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char16_t *w : kEnglish)
            s.insert(QString::fromUtf16(w));
        for (const char16_t *w : kChinese)
            s.insert(QString::fromUtf16(w));
        return s;
    }();
    return set;
}

} // namespace

bool isStopWord(const QString &folded)
{
    return stopSet().contains(folded);
}

QStringList stopWords()
{
    QStringList out;
    for (const char16_t *w : kEnglish)
        out << QString::fromUtf16(w);
    for (const char16_t *w : kChinese)
        out << QString::fromUtf16(w);
    return out;
}

} // namespace dyad::core::analysis
