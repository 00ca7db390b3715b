package org.tellus.report;

import org.springframework.stereotype.Component;
import org.tellus.insight.CellCount;
import org.tellus.review.ReviewFilter;
import org.tellus.review.ReviewProgress;
import org.tellus.review.ReviewService;
import org.tellus.tagging.ModelSummary;
import org.tellus.tagging.TaggingService;

/** The report's methods note: how the answers were themed, how much an officer checked, and the model's figures. */
@Component
class ReportMethods {

    private final ReviewService review;
    private final TaggingService tagging;

    ReportMethods(ReviewService review, TaggingService tagging) {
        this.review = review;
        this.tagging = tagging;
    }

    ReportContent.Methods of(long consultationId, CellCount taggedResponses) {
        ReviewProgress progress = review.progress(consultationId, ReviewFilter.none());
        long answers = progress.reviewed() + progress.waiting();
        Double reviewed = answers == 0 ? null : (double) progress.reviewed() / answers;
        ModelSummary model = tagging.modelVersions().stream().filter(ModelSummary::active).findFirst().orElse(null);
        return new ReportContent.Methods(Figure.of(taggedResponses), reviewed,
                model == null ? null : model.version(), model == null ? null : model.microF1(),
                model == null ? null : model.macroF1(), model == null ? null : model.evaluatedOn(),
                CellCount.MINIMUM_RESPONDENTS);
    }
}
