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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole taxonomy (plan priorities, themes, areas) in and out as the CSV files of the taxonomy format: a preview
 * that lists every bad row, an import that writes all of it or nothing, an export of what is in use, and the built-in
 * demo set (Stockport's) on request (decision 033).
 */
@Service
@Transactional
public class TaxonomyService {

    private final TaxonomyImporter importer;
    private final PlanPriorityRepository priorities;
    private final ThemeRepository themes;
    private final AreaRepository areas;
    private final ApplicationEventPublisher events;

    TaxonomyService(TaxonomyImporter importer, PlanPriorityRepository priorities, ThemeRepository themes,
                    AreaRepository areas, ApplicationEventPublisher events) {
        this.importer = importer;
        this.priorities = priorities;
        this.themes = themes;
        this.areas = areas;
        this.events = events;
    }

    /** What importing these files would add and change, or every row that refuses them; writes nothing. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public TaxonomyPreview preview(TaxonomyFiles files) {
        return importer.check(files).preview();
    }

    /** Imports the files if every row is good, else refuses them all ({@code setup.import.refused}). */
    @PreAuthorize(Roles.IS_ADMIN)
    public TaxonomyPreview importFiles(TaxonomyFiles files) {
        TaxonomyImporter.Checked checked = importer.check(files);
        if (!checked.errors().isEmpty()) {
            throw new TranslatableException("setup.import.refused", checked.errors().size());
        }
        importer.write(checked);
        TaxonomyPreview done = checked.preview();
        events.publishEvent(new Audited(AuditActions.TAXONOMY_IMPORTED, "taxonomy", "priorities " + done.priorities()
                + ", themes " + done.themes() + ", areas " + done.areas()));
        return done;
    }

    /** The built-in Stockport demo taxonomy, loaded through the same checks as any council's files. */
    @PreAuthorize(Roles.IS_ADMIN)
    public TaxonomyPreview loadDemo() {
        return importFiles(TaxonomyCsv.demo());
    }

    /** The taxonomy in use (nothing retired) as the three files; importing them elsewhere gives the same. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public TaxonomyFiles export() {
        List<PrioritySummary> active = priorities.findAllByOrderByPositionAsc().stream().map(PlanPriority::summary)
                .filter(p -> !p.retired()).toList();
        Set<String> activeIds = active.stream().map(PrioritySummary::id).collect(Collectors.toSet());
        String priorityFile = TaxonomyCsv.write(TaxonomyCsv.PRIORITY_COLUMNS, active.stream()
                .map(p -> List.of(p.id(), p.plan(), p.group(), p.name(), p.ambition())).toList());
        String themeFile = TaxonomyCsv.write(TaxonomyCsv.THEME_COLUMNS, themes.findAllByOrderByPositionAsc().stream()
                .map(Theme::summary).filter(t -> !t.retired())
                .map(t -> List.of(t.id(), t.name(), t.description(),
                        // sorted: the stored mapping is a set, and one taxonomy should export as one file
                        String.join(";", t.priorityIds().stream().filter(activeIds::contains).sorted().toList()),
                        String.join(";", t.keywords()))).toList());
        List<AreaSummary> inUse = areas.findAllByOrderByPositionAsc().stream().map(Area::summary)
                .filter(a -> !a.retired()).toList();
        // The code column only when some area has one, so a council without codes gets the plain two columns.
        boolean codes = inUse.stream().anyMatch(a -> a.code() != null);
        List<String> areaColumns = codes ? List.of("id", "name", TaxonomyCsv.AREA_CODE) : TaxonomyCsv.AREA_COLUMNS;
        String areaFile = TaxonomyCsv.write(areaColumns, inUse.stream().map(a -> codes
                ? List.of(a.id(), a.name(), a.code() == null ? "" : a.code()) : List.of(a.id(), a.name())).toList());
        events.publishEvent(new Audited(AuditActions.EXPORTED, "taxonomy"));
        return new TaxonomyFiles(priorityFile, themeFile, areaFile);
    }
}
