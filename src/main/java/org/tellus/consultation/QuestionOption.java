package org.tellus.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "question_option")
class QuestionOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private Question question;
    private int position;
    private String label;

    protected QuestionOption() {
    }

    QuestionOption(Question question, int position, String label) {
        this.question = question;
        this.position = position;
        this.label = label;
    }

    String label() {
        return label;
    }

    OptionDetails details() {
        return new OptionDetails(id, label);
    }
}
