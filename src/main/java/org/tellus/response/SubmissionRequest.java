package org.tellus.response;

import org.tellus.base.ui.Language;

import java.util.List;
import java.util.Map;

/**
 * A whole response as the form sends it. {@code submissionKey} is made once per form and sent again with every
 * retry or double click, so the response is stored once whatever happens. {@code hearBack} is the "tell me the
 * results" tick (null when not ticked); only a resident's own online submission carries it, and drafts do not keep it.
 * {@code language} is the tag of the language the questions were shown in (decision 035), English when not given
 * or not one the UI speaks.
 */
public record SubmissionRequest(long consultationId, String submissionKey, List<AnswerInput> answers,
                                Map<String, String> equality, boolean consentToQuote, Channel channel,
                                HearBack hearBack, String language) {

    public SubmissionRequest(long consultationId, String submissionKey, List<AnswerInput> answers,
                             Map<String, String> equality, boolean consentToQuote, Channel channel, HearBack hearBack) {
        this(consultationId, submissionKey, answers, equality, consentToQuote, channel, hearBack, null);
    }

    public SubmissionRequest(long consultationId, String submissionKey, List<AnswerInput> answers,
                             Map<String, String> equality, boolean consentToQuote, Channel channel) {
        this(consultationId, submissionKey, answers, equality, consentToQuote, channel, null);
    }

    public SubmissionRequest {
        answers = answers == null ? List.of() : List.copyOf(answers);
        equality = equality == null ? Map.of() : Map.copyOf(equality);
        channel = channel == null ? Channel.ONLINE : channel;
        language = Language.ofTag(language).orElse(Language.ENGLISH).tag();
    }

    public SubmissionRequest withHearBack(HearBack wanted) {
        return new SubmissionRequest(consultationId, submissionKey, answers, equality, consentToQuote, channel, wanted,
                language);
    }

    public SubmissionRequest withLanguage(String tag) {
        return new SubmissionRequest(consultationId, submissionKey, answers, equality, consentToQuote, channel,
                hearBack, tag);
    }

    public AnswerInput answer(long questionId) {
        return answers.stream().filter(a -> a.questionId() == questionId).findFirst().orElse(null);
    }
}
