package org.tellus.consultation;

import java.util.HashMap;
import java.util.Map;

/**
 * An officer's translation of a consultation into one language, as the editor fills it: the title and summary,
 * each question's text and help text (by question id) and each option's label (by option id). A blank field is
 * not yet translated.
 */
public class TranslationForm {

    private String title = "";
    private String summary = "";
    private final Map<Long, String> prompts = new HashMap<>();
    private final Map<Long, String> helpTexts = new HashMap<>();
    private final Map<Long, String> optionLabels = new HashMap<>();
    private final Map<Long, String> scaleMinLabels = new HashMap<>();
    private final Map<Long, String> scaleMaxLabels = new HashMap<>();

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary == null ? "" : summary; }

    /** Question id to its translated text. */
    public Map<Long, String> prompts() { return prompts; }

    /** Question id to its translated help text. */
    public Map<Long, String> helpTexts() { return helpTexts; }

    /** Rating question id to its translated label of the lowest point. */
    public Map<Long, String> scaleMinLabels() { return scaleMinLabels; }

    /** Rating question id to its translated label of the highest point. */
    public Map<Long, String> scaleMaxLabels() { return scaleMaxLabels; }

    /** Option id to its translated label. */
    public Map<Long, String> optionLabels() { return optionLabels; }
}
