package org.tellus.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.DemoMode;

/**
 * In demo mode, loads the built-in demo taxonomy (Stockport's plan priorities, themes and areas, from
 * resources/taxonomy) into whichever of them is still empty, through the same checks as an administrator's import.
 * Outside demo mode a new council starts empty and loads its own (decision 033). Once loaded, the rows belong to the
 * administrators, so an existing row is never overwritten.
 */
@Component
@Order(1)
class TaxonomySeeder implements ApplicationRunner {

    /** The demo council's name: the built-in taxonomy is Stockport's. */
    static final String DEMO_COUNCIL = "Stockport Council (demo)";

    private static final Logger log = LoggerFactory.getLogger(TaxonomySeeder.class);

    private final AreaRepository areas;
    private final PlanPriorityRepository priorities;
    private final ThemeRepository themes;
    private final CouncilRepository councils;
    private final TaxonomyImporter importer;
    private final DemoMode demo;

    TaxonomySeeder(AreaRepository areas, PlanPriorityRepository priorities, ThemeRepository themes,
                   CouncilRepository councils, TaxonomyImporter importer, DemoMode demo) {
        this.areas = areas;
        this.priorities = priorities;
        this.themes = themes;
        this.councils = councils;
        this.importer = importer;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            if (themes.count() == 0) {
                log.info("No taxonomy yet: an administrator imports the council's (admin/taxonomy)");
            }
            return;
        }
        TaxonomyFiles builtIn = TaxonomyCsv.demo();
        TaxonomyFiles missing = new TaxonomyFiles(priorities.count() == 0 ? builtIn.priorities() : null,
                themes.count() == 0 ? builtIn.themes() : null, areas.count() == 0 ? builtIn.areas() : null);
        if (missing.priorities() != null || missing.themes() != null || missing.areas() != null) {
            TaxonomyImporter.Checked checked = importer.check(missing);
            if (!checked.errors().isEmpty()) {
                throw new IllegalStateException("The built-in demo taxonomy is refused: " + checked.errors());
            }
            importer.write(checked);
            log.info("Loaded the demo taxonomy: priorities {}, themes {}, areas {}", checked.preview().priorities(),
                    checked.preview().themes(), checked.preview().areas());
        }
        if (councils.count() == 0) {
            councils.save(new Council(DEMO_COUNCIL));
        }
    }
}
