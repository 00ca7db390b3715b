package org.tellus.review;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tellus.plan.ThemesMerged;

/**
 * When two themes merge, officers' decisions follow: inside the merge's transaction (a plain, synchronous
 * listener), so the merge and the move of the tags commit or fail together.
 */
@Component
class OfficerTagsOnMerge {

    private final Decisions decisions;

    OfficerTagsOnMerge(Decisions decisions) {
        this.decisions = decisions;
    }

    @EventListener
    public void onMerged(ThemesMerged merged) {
        decisions.moveTheme(merged.fromThemeId(), merged.intoThemeId());
    }
}
