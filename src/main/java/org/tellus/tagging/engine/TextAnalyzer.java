package org.tellus.tagging.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * Text normalisation and tokenisation for the tagger: lower case, accents folded, apostrophes dropped
 * ("don't" becomes "dont"), split on anything that is not a letter or digit, Porter-stemmed.
 * Thread-safe: the (stateful) OpenNLP stemmer is kept per thread and stems are cached.
 */
public final class TextAnalyzer {

    /** One word of a text: what was written (lower case) and its stem; stop words are kept but marked. */
    public record Token(String surface, String stem, boolean stop) {}

    static final Set<String> STOP_WORDS = Set.copyOf(java.util.Arrays.asList(
            "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "as", "into", "about", "over", "than", "too", "very", "just", "also", "is", "are", "was",
            "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having", "it",
            "its", "this", "that", "these", "those", "there", "here", "i", "me", "my", "we", "us", "our", "ours",
            "you", "your", "he", "she", "him", "her", "his", "they", "them", "their", "what", "which", "who",
            "whom", "when", "where", "why", "how", "all", "any", "each", "some", "such", "can", "could", "will",
            "would", "should", "shall", "may", "might", "must", "would", "im", "ive", "id", "ill", "its", "s", "t",
            "up", "out", "get", "got", "one", "like", "still", "even", "much", "many", "really", "other", "more",
            "most", "own", "same", "only", "both", "again", "further", "once", "while", "because", "until",
            "through", "during", "before", "after", "above", "below", "between", "off", "under", "no", "not",
            "nor", "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "cant", "wont", "bg", "stockport"));

    /**
     * Stop words that still carry a judgement: negations ("not helpful", "no one listened") and degree words ("too
     * long", "still waiting"). With {@code keepModifiers} the featurizer keeps them as words (decision record 003).
     */
    static final Set<String> MODIFIERS = Set.of("no", "not", "nor", "dont", "didnt", "doesnt", "isnt", "wasnt",
            "arent", "cant", "wont", "too", "very", "still", "more", "only", "again", "even", "much");

    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);
    private static final ConcurrentHashMap<String, String> STEMS = new ConcurrentHashMap<>();
    private static final int STEM_CACHE_LIMIT = 200_000;
    static final int MAX_WORD = 40;

    private TextAnalyzer() {}

    /** Lower case, accents folded, apostrophes removed, every other non letter/digit run becomes one space, trimmed. */
    public static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = true;
        String folded = fold(text);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '\u2019' || c == '\u2018') {
                // "don't" -> "dont"
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') sb.setLength(n - 1);
        return sb.toString();
    }

    private static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                String d = Normalizer.normalize(text, Normalizer.Form.NFD);
                return d.replaceAll("\\p{M}+", "");
            }
        }
        return text;
    }

    /** The tokens of a text, in order. */
    public static List<Token> tokens(String text) {
        String norm = normalise(text);
        List<Token> out = new ArrayList<>();
        if (norm.isEmpty()) return out;
        for (String w : norm.split(" ")) {
            if (w.length() > MAX_WORD) w = w.substring(0, MAX_WORD); // URLs, junk: keep features and stems small
            out.add(new Token(w, stem(w), STOP_WORDS.contains(w)));
        }
        return out;
    }

    /** The Porter stem of a lower-case word (digits are kept as they are). */
    public static String stem(String word) {
        String s = STEMS.get(word);
        if (s != null) return s;
        s = word.length() <= 2 || Character.isDigit(word.charAt(0)) ? word : STEMMER.get().stem(word).toString();
        if (STEMS.size() < STEM_CACHE_LIMIT) STEMS.put(word, s);
        return s;
    }

    /** Normalised key used to find the same text twice (e.g. to keep a test text out of the starter data). */
    public static String dedupeKey(String text) {
        return normalise(text).toLowerCase(Locale.ROOT);
    }
}
