package org.tellus.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The officer's question editor form. A mutable bean so that Vaadin's BeanValidationBinder can bind it. */
public class QuestionForm {

    public static final int DEFAULT_MAX_LENGTH = 2000;

    @NotNull(message = "{question.type.required}")
    private QuestionType type = QuestionType.FREE_TEXT;
    @NotBlank(message = "{question.prompt.required}")
    @Size(max = 500, message = "{question.prompt.too-long}")
    private String prompt = "";
    @Size(max = 1000, message = "{question.help.too-long}")
    private String helpText;
    private boolean required;
    @Min(value = 10, message = "{question.max-length.range}")
    @Max(value = 10000, message = "{question.max-length.range}")
    private Integer maxLength = DEFAULT_MAX_LENGTH;
    private boolean allowOther;
    private Integer scaleMin = 1;
    private Integer scaleMax = 5;
    @Size(max = 100, message = "{question.scale-label.too-long}")
    private String scaleMinLabel;
    @Size(max = 100, message = "{question.scale-label.too-long}")
    private String scaleMaxLabel;
    private List<String> options = new ArrayList<>();

    public static QuestionForm of(QuestionType type, String prompt, boolean required, String... options) {
        QuestionForm form = new QuestionForm();
        form.setType(type);
        form.setPrompt(prompt);
        form.setRequired(required);
        form.setOptions(List.of(options));
        return form;
    }

    /** Options as the officer typed them, without blanks and surrounding spaces. */
    List<String> cleanOptions() {
        return options == null ? List.of() : options.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The same question with blank values and irrelevant settings cleared, for comparison. */
    QuestionForm normalised() {
        QuestionForm n = new QuestionForm();
        n.type = type;
        n.prompt = prompt == null ? "" : prompt.strip();
        n.helpText = helpText == null || helpText.isBlank() ? null : helpText.strip();
        n.required = required;
        n.maxLength = type == QuestionType.FREE_TEXT ? maxLength : null;
        n.allowOther = type == QuestionType.MULTIPLE_CHOICE && allowOther;
        boolean rating = type == QuestionType.RATING;
        n.scaleMin = rating ? scaleMin : null;
        n.scaleMax = rating ? scaleMax : null;
        n.scaleMinLabel = rating && scaleMinLabel != null && !scaleMinLabel.isBlank() ? scaleMinLabel.strip() : null;
        n.scaleMaxLabel = rating && scaleMaxLabel != null && !scaleMaxLabel.isBlank() ? scaleMaxLabel.strip() : null;
        n.options = type != null && type.hasOptions() ? new ArrayList<>(cleanOptions()) : new ArrayList<>();
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuestionForm f && type == f.type && required == f.required && allowOther == f.allowOther
                && Objects.equals(prompt, f.prompt) && Objects.equals(helpText, f.helpText)
                && Objects.equals(maxLength, f.maxLength) && Objects.equals(scaleMin, f.scaleMin)
                && Objects.equals(scaleMax, f.scaleMax) && Objects.equals(scaleMinLabel, f.scaleMinLabel)
                && Objects.equals(scaleMaxLabel, f.scaleMaxLabel) && Objects.equals(options, f.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, prompt, options);
    }

    public QuestionType getType() { return type; }
    public void setType(QuestionType type) { this.type = type; }
    public String getPrompt() { return prompt; }
    public void setPrompt(String prompt) { this.prompt = prompt; }
    public String getHelpText() { return helpText; }
    public void setHelpText(String helpText) { this.helpText = helpText; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public Integer getMaxLength() { return maxLength; }
    public void setMaxLength(Integer maxLength) { this.maxLength = maxLength; }
    public boolean isAllowOther() { return allowOther; }
    public void setAllowOther(boolean allowOther) { this.allowOther = allowOther; }
    public Integer getScaleMin() { return scaleMin; }
    public void setScaleMin(Integer scaleMin) { this.scaleMin = scaleMin; }
    public Integer getScaleMax() { return scaleMax; }
    public void setScaleMax(Integer scaleMax) { this.scaleMax = scaleMax; }
    public String getScaleMinLabel() { return scaleMinLabel; }
    public void setScaleMinLabel(String scaleMinLabel) { this.scaleMinLabel = scaleMinLabel; }
    public String getScaleMaxLabel() { return scaleMaxLabel; }
    public void setScaleMaxLabel(String scaleMaxLabel) { this.scaleMaxLabel = scaleMaxLabel; }
    public List<String> getOptions() { return options; }
    public void setOptions(List<String> options) { this.options = options == null ? new ArrayList<>() : new ArrayList<>(options); }
}
