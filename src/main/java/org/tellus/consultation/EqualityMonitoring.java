package org.tellus.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The equality-monitoring section: the protected characteristics a council asks about (Equality Act 2010,
 * plus carers, care leavers and veterans). Items and answers are stable codes; the words are in the
 * translation bundle under {@code equality.ITEM} and {@code equality.ITEM.ANSWER}. Every item offers
 * "prefer not to say", and every item is optional.
 */
public final class EqualityMonitoring {

    public static final String PREFER_NOT = "prefer-not";

    private static final List<String> YES_NO = List.of("yes", "no", PREFER_NOT);

    public static final Map<String, List<String>> ITEMS = items();

    private EqualityMonitoring() {
    }

    private static Map<String, List<String>> items() {
        Map<String, List<String>> items = new LinkedHashMap<>();
        items.put("age-band", List.of("under-16", "16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-plus", PREFER_NOT));
        items.put("sex", List.of("female", "male", PREFER_NOT));
        items.put("gender-identity", YES_NO);
        items.put("ethnicity", List.of("white-british", "white-irish", "white-other", "mixed", "asian", "black",
                "arab", "other", PREFER_NOT));
        items.put("disability", YES_NO);
        items.put("religion", List.of("none", "christian", "buddhist", "hindu", "jewish", "muslim", "sikh", "other", PREFER_NOT));
        items.put("sexual-orientation", List.of("straight", "gay-lesbian", "bisexual", "other", PREFER_NOT));
        items.put("carer", YES_NO);
        items.put("care-leaver", YES_NO);
        items.put("veteran", YES_NO);
        return java.util.Collections.unmodifiableMap(items);
    }

    public static boolean isValid(String item, String answer) {
        List<String> answers = ITEMS.get(item);
        return answers != null && answers.contains(answer);
    }
}
