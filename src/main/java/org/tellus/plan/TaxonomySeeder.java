package org.tellus.plan;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads the default plan priorities, themes and areas (the first customer's, from resources/taxonomy)
 * on first start. Once loaded they belong to the administrators, so an existing row is never overwritten.
 */
@Component
@Order(1)
class TaxonomySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TaxonomySeeder.class);

    private final AreaRepository areas;
    private final PlanPriorityRepository priorities;
    private final ThemeRepository themes;

    TaxonomySeeder(AreaRepository areas, PlanPriorityRepository priorities, ThemeRepository themes) {
        this.areas = areas;
        this.priorities = priorities;
        this.themes = themes;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (priorities.count() == 0) {
            int[] position = {0};
            read("taxonomy/plan-priorities.csv", r -> priorities.save(new PlanPriority(r.get("id"), r.get("plan"),
                    r.get("group"), r.get("name"), r.get("ambition"), position[0]++)));
            log.info("Loaded {} plan priorities", priorities.count());
        }
        if (themes.count() == 0) {
            int[] position = {0};
            read("taxonomy/themes.csv", r -> themes.save(new Theme(r.get("id"), r.get("name"), r.get("description"),
                    r.get("starter_keywords"), new LinkedHashSet<>(split(r.get("priorities"))), position[0]++)));
            log.info("Loaded {} themes", themes.count());
        }
        if (areas.count() == 0) {
            int[] position = {0};
            read("taxonomy/areas.csv", r -> areas.save(new Area(r.get("id"), r.get("name"), position[0]++)));
            log.info("Loaded {} areas", areas.count());
        }
    }

    private static List<String> split(String ids) {
        return Arrays.stream(ids.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void read(String resource, Consumer<CSVRecord> row) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            format.parse(in).forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
