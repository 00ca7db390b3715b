package org.tellus.consultation;

public enum QuestionType {
    FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, RATING, RANKING, AREA;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING;
    }
}
