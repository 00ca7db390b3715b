package org.tellus.consultation;

import java.util.List;

public record QuestionDetails(long id, int position, QuestionType type, String prompt, String helpText,
                              boolean required, Integer maxLength, boolean allowOther, Integer scaleMin,
                              Integer scaleMax, String scaleMinLabel, String scaleMaxLabel,
                              List<OptionDetails> options) {

    public OptionDetails option(long optionId) {
        return options.stream().filter(o -> o.id() == optionId).findFirst().orElse(null);
    }
}
