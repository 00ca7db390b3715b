package org.tellus.plan;

import org.springframework.stereotype.Component;
import org.tellus.base.TranslatableException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the taxonomy files row by row against each other and what is stored, and writes them only when every row is
 * good: a new id adds an item at the end, a known id changes it, nothing is deleted or retired (decision 033). The
 * caller's transaction makes the writing all or nothing.
 */
@Component
class TaxonomyImporter {

    record PriorityRow(String id, String plan, String group, String name, String ambition) {
    }

    record ThemeRow(String id, String name, String description, List<String> priorities, List<String> keywords) {
    }

    record AreaRow(String id, String name, String code) {
    }

    /** The checked files: the good rows, and the errors that refuse them all. */
    record Checked(List<TaxonomyPreview.RowError> errors, List<PriorityRow> priorities, List<ThemeRow> themes,
                   List<AreaRow> areas, TaxonomyPreview preview) {
    }

    private final PlanPriorityRepository priorities;
    private final ThemeRepository themes;
    private final AreaRepository areas;
    private final CouncilPlanRepository plans;

    TaxonomyImporter(PlanPriorityRepository priorities, ThemeRepository themes, AreaRepository areas,
                     CouncilPlanRepository plans) {
        this.priorities = priorities;
        this.themes = themes;
        this.areas = areas;
        this.plans = plans;
    }

    Checked check(TaxonomyFiles files) {
        Errors errors = new Errors();
        Map<String, PlanPriority> storedPriorities = byId(priorities.findAll(), PlanPriority::id);
        Map<String, Theme> storedThemes = byId(themes.findAll(), Theme::id);
        Map<String, Area> storedAreas = byId(areas.findAll(), Area::id);

        List<PriorityRow> priorityRows = rows(files.priorities(), TaxonomyFiles.PRIORITIES_FILE,
                TaxonomyCsv.PRIORITY_COLUMNS, errors, storedPriorities.keySet(), id -> storedPriorities.get(id).retired(),
                row -> new PriorityRow(SetupChecks.id(row.get("id")), SetupChecks.name(row.get("plan")),
                        limited(row.get("group"), SetupChecks.NAME_MAX), SetupChecks.name(row.get("name")),
                        limited(row.get("ambition"), PlanSetupService.TEXT_MAX)));
        Set<String> knownPriorities = new HashSet<>();
        storedPriorities.values().stream().filter(p -> !p.retired()).map(PlanPriority::id).forEach(knownPriorities::add);
        priorityRows.forEach(p -> knownPriorities.add(p.id()));

        List<ThemeRow> themeRows = rows(files.themes(), TaxonomyFiles.THEMES_FILE, TaxonomyCsv.THEME_COLUMNS, errors,
                storedThemes.keySet(), id -> storedThemes.get(id).retired(), row -> themeRow(row, knownPriorities));
        refuseTakenNames(errors, TaxonomyFiles.THEMES_FILE, files.themes(), themeRows.stream()
                .collect(Collectors.toMap(ThemeRow::id, ThemeRow::name, (a, b) -> a)), storedThemes.values().stream()
                .filter(t -> !t.retired()).collect(Collectors.toMap(Theme::id, t -> t.summary().name())));
        if (files.themes() != null && errors.none(TaxonomyFiles.THEMES_FILE)) {
            Set<String> active = storedThemes.values().stream().filter(t -> !t.retired()).map(Theme::id)
                    .collect(Collectors.toCollection(HashSet::new));
            themeRows.forEach(t -> active.add(t.id()));
            if (active.size() < ThemeService.MINIMUM_ACTIVE) {
                errors.add(TaxonomyFiles.THEMES_FILE, 1, "setup.import.too-few-themes", ThemeService.MINIMUM_ACTIVE);
            }
        }

        List<AreaRow> areaRows = rows(files.areas(), TaxonomyFiles.AREAS_FILE, TaxonomyCsv.AREA_COLUMNS, errors,
                storedAreas.keySet(), id -> storedAreas.get(id).retired(), row -> new AreaRow(SetupChecks.id(row.get("id")),
                        SetupChecks.name(row.get("name")), SetupChecks.code(row.get(TaxonomyCsv.AREA_CODE))));
        refuseTakenNames(errors, TaxonomyFiles.AREAS_FILE, files.areas(), areaRows.stream()
                .collect(Collectors.toMap(AreaRow::id, AreaRow::name, (a, b) -> a)), storedAreas.values().stream()
                .filter(a -> !a.retired()).collect(Collectors.toMap(Area::id, Area::name)));

        TaxonomyPreview preview = new TaxonomyPreview(errors.list,
                counts(priorityRows.stream().map(PriorityRow::id).toList(), storedPriorities.keySet()),
                counts(themeRows.stream().map(ThemeRow::id).toList(), storedThemes.keySet()),
                counts(areaRows.stream().map(AreaRow::id).toList(), storedAreas.keySet()));
        return new Checked(errors.list, priorityRows, themeRows, areaRows, preview);
    }

    /** Writes checked files that have no error; the caller's transaction holds it all. */
    void write(Checked checked) {
        if (!checked.errors().isEmpty()) {
            throw new IllegalStateException("refused files are never written");
        }
        int position = priorities.findAll().stream().mapToInt(PlanPriority::position).max().orElse(-1);
        for (PriorityRow row : checked.priorities()) {
            if (!plans.existsById(row.plan())) {
                plans.saveAndFlush(new CouncilPlan(row.plan(), null, null));
            }
            PlanPriority stored = priorities.findById(row.id()).orElse(null);
            if (stored == null) {
                priorities.save(new PlanPriority(row.id(), row.plan(), row.group(), row.name(), row.ambition(), ++position));
            } else {
                stored.edit(row.plan(), row.group(), row.name(), row.ambition());
            }
        }
        priorities.flush();
        position = themes.findAll().stream().mapToInt(t -> t.position()).max().orElse(-1);
        for (ThemeRow row : checked.themes()) {
            Theme stored = themes.findById(row.id()).orElse(null);
            if (stored == null) {
                themes.save(new Theme(row.id(), row.name(), row.description(), String.join(";", row.keywords()),
                        new LinkedHashSet<>(row.priorities()), ++position));
            } else {
                stored.edit(new ThemeEdit(row.id(), stored.version(), row.name(), row.description(), row.keywords(),
                        stored.summary().examples(), row.priorities()));
            }
        }
        themes.flush();
        position = areas.findAll().stream().mapToInt(Area::position).max().orElse(-1);
        for (AreaRow row : checked.areas()) {
            Area stored = areas.findById(row.id()).orElse(null);
            if (stored == null) {
                areas.save(new Area(row.id(), row.name(), row.code(), ++position));
            } else {
                stored.rename(row.name(), row.code());
            }
        }
        areas.flush();
    }

    private static ThemeRow themeRow(TaxonomyCsv.Row row, Set<String> knownPriorities) {
        String id = SetupChecks.id(row.get("id"));
        String name = SetupChecks.name(row.get("name"));
        List<String> mapped = TaxonomyCsv.list(row.get("priorities")).stream().distinct().toList();
        for (String priority : mapped) {
            if (!knownPriorities.contains(priority)) {
                throw new TranslatableException("themes.error.unknown-priority", priority);
            }
        }
        List<String> keywords = TaxonomyCsv.list(row.get("starter_keywords")).stream().distinct().toList();
        for (String keyword : keywords) {
            if (keyword.length() > ThemeService.KEYWORD_MAX) {
                throw new TranslatableException("themes.error.keyword-invalid", keyword, ThemeService.KEYWORD_MAX);
            }
        }
        return new ThemeRow(id, name, limited(row.get("description"), ThemeService.DESCRIPTION_MAX), mapped, keywords);
    }

    /**
     * Reads one file's rows with {@code reader}, turning each refusal into an error of that row; a file that is not
     * given gives no rows, a header without a required column one error on row 1.
     */
    private static <T> List<T> rows(String text, String file, List<String> required, Errors errors, Set<String> stored,
                                    Function<String, Boolean> retired, Function<TaxonomyCsv.Row, T> reader) {
        if (text == null) {
            return List.of();
        }
        TaxonomyCsv.Parsed parsed;
        try {
            parsed = TaxonomyCsv.parse(text, required);
        } catch (IOException | RuntimeException unreadable) {
            errors.add(file, 1, "setup.import.unreadable");
            return List.of();
        }
        if (!parsed.missing().isEmpty()) {
            errors.add(file, 1, "setup.import.missing-columns", String.join(", ", parsed.missing()));
            return List.of();
        }
        List<T> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TaxonomyCsv.Row row : parsed.rows()) {
            String id = row.get("id");
            if (!seen.add(id)) {
                errors.add(file, row.number(), "setup.import.duplicate-id", id);
            } else if (stored.contains(id) && retired.apply(id)) {
                errors.add(file, row.number(), "setup.import.retired", id);
            } else {
                try {
                    rows.add(reader.apply(row));
                } catch (TranslatableException refused) {
                    errors.add(file, row.number(), refused.key(), refused.params());
                }
            }
        }
        return rows;
    }

    /** Two active items of one kind may not share a name (any case): the file's own, or one stored and not in it. */
    private static void refuseTakenNames(Errors errors, String file, String text, Map<String, String> inFile,
                                         Map<String, String> stored) {
        if (text == null) {
            return;
        }
        Map<String, String> final_ = new HashMap<>(stored);
        final_.putAll(inFile);
        Map<String, List<String>> byName = final_.entrySet().stream().collect(Collectors.groupingBy(
                e -> e.getValue().toLowerCase(Locale.ROOT), Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        byName.values().stream().filter(ids -> ids.size() > 1).forEach(ids -> errors.add(file, 1,
                "setup.import.name-taken", final_.get(ids.get(0)), String.join(", ", ids.stream().sorted().toList())));
    }

    private static String limited(String text, int max) {
        if (text.length() > max) {
            throw new TranslatableException("setup.error.text-too-long", max);
        }
        return text;
    }

    private static TaxonomyPreview.Counts counts(List<String> ids, Set<String> stored) {
        int changed = (int) ids.stream().filter(stored::contains).count();
        return new TaxonomyPreview.Counts(ids.size() - changed, changed);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** The errors found so far, in file and row order. */
    private static final class Errors {
        final List<TaxonomyPreview.RowError> list = new ArrayList<>();

        void add(String file, long row, String key, Object... params) {
            list.add(new TaxonomyPreview.RowError(file, row, key, java.util.Arrays.stream(params)
                    .map(p -> p == null ? (Object) "" : p).toList()));
        }

        boolean none(String file) {
            return list.stream().noneMatch(e -> e.file().equals(file));
        }
    }
}
