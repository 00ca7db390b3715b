package org.tellus.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "question")
class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;
    private int position;
    @Enumerated(EnumType.STRING)
    private QuestionType type;
    private String prompt;
    private String helpText;
    private boolean required;
    private Integer maxLength;
    private boolean allowOther;
    private Integer scaleMin;
    private Integer scaleMax;
    private String scaleMinLabel;
    private String scaleMaxLabel;
    @Version
    private long version;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
    }

    Question(Consultation consultation, int position, QuestionForm form) {
        this.consultation = consultation;
        this.position = position;
        apply(form);
    }

    void apply(QuestionForm form) {
        type = form.getType();
        prompt = form.getPrompt().strip();
        helpText = blankToNull(form.getHelpText());
        required = form.isRequired();
        maxLength = type == QuestionType.FREE_TEXT ? form.getMaxLength() : null;
        allowOther = type == QuestionType.MULTIPLE_CHOICE && form.isAllowOther();
        scaleMin = type == QuestionType.RATING ? form.getScaleMin() : null;
        scaleMax = type == QuestionType.RATING ? form.getScaleMax() : null;
        scaleMinLabel = type == QuestionType.RATING ? blankToNull(form.getScaleMinLabel()) : null;
        scaleMaxLabel = type == QuestionType.RATING ? blankToNull(form.getScaleMaxLabel()) : null;
        List<String> labels = type.hasOptions() ? form.cleanOptions() : List.of();
        if (!labels.equals(options.stream().map(QuestionOption::label).toList())) {
            options.clear();
            for (int i = 0; i < labels.size(); i++) {
                options.add(new QuestionOption(this, i, labels.get(i)));
            }
        }
    }

    /** Only the help text may change once people have answered: the rest would change the meaning. */
    boolean changesMeaning(QuestionForm form) {
        QuestionForm current = form();
        current.setHelpText(form.getHelpText());
        return !current.equals(form.normalised());
    }

    QuestionForm form() {
        QuestionForm form = new QuestionForm();
        form.setType(type);
        form.setPrompt(prompt);
        form.setHelpText(helpText);
        form.setRequired(required);
        form.setMaxLength(maxLength);
        form.setAllowOther(allowOther);
        form.setScaleMin(scaleMin);
        form.setScaleMax(scaleMax);
        form.setScaleMinLabel(scaleMinLabel);
        form.setScaleMaxLabel(scaleMaxLabel);
        form.setOptions(options.stream().map(QuestionOption::label).toList());
        return form.normalised();
    }

    Long id() {
        return id;
    }

    int position() {
        return position;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    Consultation consultation() {
        return consultation;
    }

    QuestionDetails details() {
        return new QuestionDetails(id, position, type, prompt, helpText, required, maxLength, allowOther,
                scaleMin, scaleMax, scaleMinLabel, scaleMaxLabel, options.stream().map(QuestionOption::details).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
