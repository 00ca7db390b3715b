package org.tellus.insight.load;

import org.tellus.consultation.EqualityMonitoring;
import org.tellus.response.Channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws synthetic responses with the shape of a real consultation: a few busy areas and a long tail, mostly online,
 * a year of dates with a rush before the close, an equality section that a third skip and some answer "prefer not
 * to say", and zero to three themes per free-text answer with falling confidences. Seeded, so a load is repeatable.
 */
final class SyntheticResponses {

    record Tag(String themeId, double confidence, String explanation) {
    }

    record FreeText(String text, List<Tag> tags) {
    }

    /** One response; {@code areaId} may be null and either free text may be absent. */
    record Drawn(Instant submittedAt, Channel channel, String areaId, int rating, FreeText first, FreeText second,
                 Map<String, String> equality) {
    }

    private static final double[] CHANNEL_WEIGHTS = {0.78, 0.10, 0.03, 0.06, 0.03}; // Channel.values() order
    private static final double[] TAG_COUNT_WEIGHTS = {0.18, 0.42, 0.28, 0.12};
    private static final double NO_AREA = 0.08;
    private static final double SKIPS_EQUALITY = 0.35;
    private static final double SKIPS_ITEM = 0.15;
    private static final double PREFERS_NOT = 0.06;
    private static final String[] OPENINGS = {"I think", "Please", "We really need", "My family worries about",
            "The council should look at", "It would help if", "Nobody listens about", "Good to see progress on"};

    private final Random random;
    private final List<String> areaIds;
    private final Map<String, String> areaNames;
    private final List<String> themeIds;
    private final Map<String, List<String>> keywords;
    private final double[] areaWeights;
    private final double[] themeWeights;
    private final Instant yearStart;
    private final Map<String, double[]> equalityWeights = new LinkedHashMap<>();

    SyntheticResponses(long seed, Map<String, String> areaNames, Map<String, List<String>> themeKeywords, Instant end) {
        this.random = new Random(seed);
        this.areaNames = areaNames;
        this.areaIds = new ArrayList<>(areaNames.keySet());
        this.keywords = new LinkedHashMap<>(themeKeywords);
        this.themeIds = new ArrayList<>(themeKeywords.keySet());
        this.areaWeights = zipf(areaIds.size(), 0.6);
        this.themeWeights = zipf(themeIds.size(), 0.9);
        this.yearStart = end.minus(Duration.ofDays(365));
        EqualityMonitoring.ITEMS.forEach((item, options) -> equalityWeights.put(item, zipf(options.size() - 1, 1.2)));
    }

    Drawn next() {
        Channel channel = Channel.values()[pick(CHANNEL_WEIGHTS)];
        String area = random.nextDouble() < NO_AREA ? null : areaIds.get(pick(areaWeights));
        FreeText first = random.nextDouble() < 0.88 ? freeText(area) : null;
        FreeText second = random.nextDouble() < 0.35 ? freeText(area) : null;
        return new Drawn(submittedAt(), channel, area, 1 + random.nextInt(5), first, second, equality());
    }

    /** Seven in ten spread over the year, three in ten in the last three weeks; mostly daytime and evening. */
    private Instant submittedAt() {
        int day = random.nextDouble() < 0.7 ? random.nextInt(365) : 344 + random.nextInt(21);
        int hour = 7 + (int) Math.min(15, Math.abs(random.nextGaussian() * 5 + 6));
        return yearStart.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour)).plusSeconds(random.nextInt(3600));
    }

    private FreeText freeText(String areaId) {
        int count = pick(TAG_COUNT_WEIGHTS);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            String theme = themeIds.get(pick(themeWeights));
            if (!chosen.contains(theme)) {
                chosen.add(theme);
            }
        }
        StringBuilder text = new StringBuilder(chosen.isEmpty() ? "Nothing much to add, things are fine as they are"
                : OPENINGS[random.nextInt(OPENINGS.length)]);
        List<Tag> tags = new ArrayList<>();
        double confidence = 0.55 + random.nextDouble() * 0.44;
        for (String theme : chosen) {
            String word = word(theme);
            text.append(tags.isEmpty() ? " " : " and ").append(word);
            tags.add(new Tag(theme, Math.round(confidence * 1000) / 1000.0, word));
            confidence *= 0.6 + random.nextDouble() * 0.35;
        }
        if (areaId != null && random.nextBoolean()) {
            text.append(" in ").append(areaNames.get(areaId));
        }
        return new FreeText(text.append('.').toString(), tags);
    }

    private String word(String theme) {
        List<String> words = keywords.get(theme);
        return words.isEmpty() ? theme.replace('-', ' ') : words.get(random.nextInt(words.size()));
    }

    private Map<String, String> equality() {
        Map<String, String> answers = new LinkedHashMap<>();
        if (random.nextDouble() < SKIPS_EQUALITY) {
            return answers;
        }
        for (Map.Entry<String, List<String>> item : EqualityMonitoring.ITEMS.entrySet()) {
            if (random.nextDouble() < SKIPS_ITEM) {
                continue;
            }
            List<String> options = item.getValue();
            if (random.nextDouble() < PREFERS_NOT) {
                answers.put(item.getKey(), EqualityMonitoring.PREFER_NOT);
            } else {
                // Every option but "prefer not" (last), the first ones more often: majorities and minorities.
                answers.put(item.getKey(), options.get(pick(equalityWeights.get(item.getKey()))));
            }
        }
        return answers;
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double[] zipf(int n, double exponent) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1 / Math.pow(i + 1, exponent);
        }
        return weights;
    }
}
