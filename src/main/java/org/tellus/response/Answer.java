package org.tellus.response;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@Entity
@Table(name = "answer")
class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "response_id")
    private Response response;
    private long questionId;
    private String textValue;
    private Integer numberValue;
    private String otherText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "answer_choice", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderBy("position")
    private List<Choice> choices = new ArrayList<>();

    protected Answer() {
    }

    Answer(Response response, AnswerInput input) {
        this.response = response;
        this.questionId = input.questionId();
        update(input);
    }

    void update(AnswerInput input) {
        this.textValue = blankToNull(input.text());
        this.numberValue = input.number();
        this.otherText = blankToNull(input.otherText());
        choices.clear();
        for (int i = 0; i < input.optionIds().size(); i++) {
            choices.add(new Choice(input.optionIds().get(i), i + 1));
        }
    }

    void forgetOtherText() {
        otherText = null;
    }

    Long id() {
        return id;
    }

    long questionId() {
        return questionId;
    }

    String textValue() {
        return textValue;
    }

    AnswerInput input() {
        List<Long> optionIds = choices.stream().sorted(Comparator.comparingInt(Choice::position))
                .map(Choice::optionId).toList();
        return new AnswerInput(questionId, textValue, numberValue, optionIds, otherText);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Embeddable
    record Choice(@Column(name = "option_id") long optionId, int position) {
    }
}
