package org.tellus.plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;

import java.util.List;
import java.util.Locale;

/**
 * Administrators keep the council's areas: add, rename (and give an official code), merge, retire. Nothing is ever
 * deleted and no response is moved: a merged area is retired and names the area it went into, so past counts stay
 * what they were (decision 033).
 */
@Service
@Transactional
public class AreaSetupService {

    private final AreaRepository areas;
    private final ApplicationEventPublisher events;

    AreaSetupService(AreaRepository areas, ApplicationEventPublisher events) {
        this.areas = areas;
        this.events = events;
    }

    /** Every area, retired ones included, in their order. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<AreaSummary> all() {
        return areas.findAllByOrderByPositionAsc().stream().map(Area::summary).toList();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public AreaSummary add(String name, String code) {
        String clean = SetupChecks.name(name);
        List<Area> all = areas.findAll();
        refuseTakenName(all, null, clean);
        String id = SetupChecks.newId(clean, all.stream().map(Area::id).toList());
        int position = all.stream().mapToInt(Area::position).max().orElse(-1) + 1;
        Area area = areas.saveAndFlush(new Area(id, clean, SetupChecks.code(code), position));
        audit("area " + id + " added", clean);
        return area.summary();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public AreaSummary rename(String areaId, long version, String name, String code) {
        Area area = current(areaId, version);
        String clean = SetupChecks.name(name);
        refuseTakenName(areas.findAll(), areaId, clean);
        String before = area.name();
        area.rename(clean, SetupChecks.code(code));
        audit("area " + areaId + " renamed", before + " -> " + clean);
        return areas.saveAndFlush(area).summary();
    }

    /** {@code fromId} is retired into {@code intoId}; its responses keep naming it, so no past count changes. */
    @PreAuthorize(Roles.IS_ADMIN)
    public AreaSummary merge(String fromId, long fromVersion, String intoId, long intoVersion) {
        if (fromId != null && fromId.equals(intoId)) {
            throw new TranslatableException("setup.error.merge-same");
        }
        Area from = current(fromId, fromVersion);
        Area into = current(intoId, intoVersion);
        from.mergeInto(into);
        audit("area " + fromId + " merged into " + intoId, null);
        return areas.saveAndFlush(from).summary();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public AreaSummary retire(String areaId, long version) {
        Area area = current(areaId, version);
        area.retire();
        audit("area " + areaId + " retired", null);
        return areas.saveAndFlush(area).summary();
    }

    private Area current(String areaId, long version) {
        Area area = areas.findById(areaId == null ? "" : areaId)
                .orElseThrow(() -> new TranslatableException("setup.error.not-found"));
        SetupChecks.sameVersion(area.version(), version);
        if (area.retired()) {
            throw new TranslatableException("setup.error.retired");
        }
        return area;
    }

    private static void refuseTakenName(List<Area> all, String exceptId, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (all.stream().anyMatch(a -> !a.id().equals(exceptId) && !a.retired()
                && a.name().toLowerCase(Locale.ROOT).equals(lower))) {
            throw new TranslatableException("setup.error.name-taken", name);
        }
    }

    private void audit(String target, String detail) {
        events.publishEvent(new Audited(AuditActions.SETUP_CHANGED, target, detail));
    }
}
