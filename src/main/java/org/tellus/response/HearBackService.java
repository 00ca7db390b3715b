package org.tellus.response;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.security.Roles;

import java.time.Clock;
import java.util.List;

/**
 * Who asked to hear a consultation's results ("tell me the results" on the answer form), for the notification
 * feature to tell them. The email addresses of anonymous residents are kept only for this, and
 * {@link HearBackRetention} deletes them a grace period after results were first sent (decision 034). Only the
 * system (running as administrator) asks who they are.
 */
@Service
@Transactional(readOnly = true)
public class HearBackService {

    private final HearBackTable table;
    private final Clock clock;

    HearBackService(HearBackTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public List<HearBackRecipient> recipients(long consultationId) {
        return table.recipients(consultationId);
    }

    /** The results were sent to this consultation's recipients: the grace period of their addresses starts. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void resultsSent(long consultationId) {
        table.markSent(consultationId, clock.instant());
    }
}
