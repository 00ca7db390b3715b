package org.tellus.plan;

import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Officers edit the theme taxonomy: rename, describe, keywords, example statements, plan priorities; merge two
 * themes; retire one. Every change names the version it started from, so two officers editing at once cannot
 * overwrite each other unknowingly. See docs/decisions/010-theme-editing-merge-and-retire.md.
 */
@Service
@Transactional
public class ThemeService {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int KEYWORD_MAX = 60;
    static final int EXAMPLE_MAX = 1000;
    /** The tagger needs at least two themes to tell apart. */
    static final int MINIMUM_ACTIVE = 2;

    private final ThemeRepository themes;
    private final PlanPriorityRepository priorities;
    private final ApplicationEventPublisher events;

    ThemeService(ThemeRepository themes, PlanPriorityRepository priorities, ApplicationEventPublisher events) {
        this.themes = themes;
        this.priorities = priorities;
        this.events = events;
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public ThemeSummary update(ThemeEdit edit) {
        Theme theme = current(edit.themeId(), edit.version());
        ThemeEdit clean = validated(edit, theme.summary().priorityIds());
        theme.edit(clean);
        return save(theme).summary();
    }

    /**
     * A new theme (the edit's id and version are ignored): its description, keywords and example statements are
     * what the next model learns it from, before any officer has tagged an answer with it.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public ThemeSummary create(ThemeEdit edit) {
        List<Theme> all = themes.findAll();
        String id = SetupChecks.newId(edit.name() == null ? "" : edit.name().strip(), all.stream().map(Theme::id).toList());
        ThemeEdit clean = validated(new ThemeEdit(id, 0, edit.name(), edit.description(), edit.keywords(),
                edit.examples(), edit.priorityIds()), List.of());
        int position = all.stream().mapToInt(Theme::position).max().orElse(-1) + 1;
        Theme theme = new Theme(id, clean.name(), clean.description(), "", Set.of(), position);
        theme.edit(clean);
        events.publishEvent(new Audited(AuditActions.SETUP_CHANGED, "theme " + id + " added", clean.name()));
        return save(theme).summary();
    }

    /**
     * Merges {@code fromId} into {@code intoId}: every feature that stores tags moves them (ThemesMerged, inside
     * this transaction, before the retired theme changes), the surviving theme takes on the other's keywords,
     * examples and priorities, and the merged theme is retired, so it stays in history.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public ThemeSummary merge(String fromId, long fromVersion, String intoId, long intoVersion) {
        if (fromId != null && fromId.equals(intoId)) {
            throw new TranslatableException("themes.error.merge-same");
        }
        Theme from = current(fromId, fromVersion);
        Theme into = current(intoId, intoVersion);
        events.publishEvent(new ThemesMerged(from.id(), into.id()));
        events.publishEvent(new Audited(AuditActions.THEMES_MERGED, "theme " + from.id() + " into " + into.id()));
        into.absorb(from);
        from.retire();
        save(from);
        return save(into).summary();
    }

    /** Retires a theme: its past tags still count, but it is no longer trained on or suggested. */
    @PreAuthorize(Roles.IS_OFFICER)
    public ThemeSummary retire(String themeId, long version) {
        Theme theme = current(themeId, version);
        if (themes.findAll().stream().filter(t -> !t.retired()).count() <= MINIMUM_ACTIVE) {
            throw new TranslatableException("themes.error.too-few", MINIMUM_ACTIVE);
        }
        theme.retire();
        events.publishEvent(new Audited(AuditActions.THEME_RETIRED, "theme " + theme.id()));
        return save(theme).summary();
    }

    /** The theme as the officer last saw it; refused if it is gone, retired or saved by someone since. */
    private Theme current(String themeId, long version) {
        Theme theme = themes.findById(themeId == null ? "" : themeId)
                .orElseThrow(() -> new TranslatableException("themes.error.not-found"));
        if (theme.version() != version) {
            throw new TranslatableException("themes.error.edited-elsewhere");
        }
        if (theme.retired()) {
            throw new TranslatableException("themes.error.retired");
        }
        return theme;
    }

    /** Two officers who both passed the version check: the second flush finds the row changed. */
    private Theme save(Theme theme) {
        try {
            return themes.saveAndFlush(theme);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new TranslatableException("themes.error.edited-elsewhere");
        }
    }

    /** {@code mapped}: the priorities the theme bears on now; a retired one may stay, but none is newly mapped. */
    private ThemeEdit validated(ThemeEdit edit, List<String> mapped) {
        String name = edit.name() == null ? "" : edit.name().strip();
        if (name.isEmpty()) {
            throw new TranslatableException("themes.error.name-required");
        }
        if (name.length() > NAME_MAX) {
            throw new TranslatableException("themes.error.name-too-long", NAME_MAX);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (themes.findAll().stream().anyMatch(t -> !t.id().equals(edit.themeId()) && !t.retired()
                && t.summary().name().toLowerCase(Locale.ROOT).equals(lower))) {
            throw new TranslatableException("themes.error.name-taken", name);
        }
        String description = edit.description() == null ? "" : edit.description().strip();
        if (description.length() > DESCRIPTION_MAX) {
            throw new TranslatableException("themes.error.description-too-long", DESCRIPTION_MAX);
        }
        List<String> keywords = distinct(edit.keywords());
        for (String keyword : keywords) {
            // ';' separates keywords in the stored column and the taxonomy file.
            if (keyword.length() > KEYWORD_MAX || keyword.contains(";")) {
                throw new TranslatableException("themes.error.keyword-invalid", keyword, KEYWORD_MAX);
            }
        }
        List<String> examples = distinct(edit.examples());
        if (examples.stream().anyMatch(e -> e.length() > EXAMPLE_MAX)) {
            throw new TranslatableException("themes.error.example-too-long", EXAMPLE_MAX);
        }
        List<String> priorityIds = distinct(edit.priorityIds());
        for (String priority : priorityIds) {
            if (priorities.findById(priority).filter(p -> !p.retired() || mapped.contains(priority)).isEmpty()) {
                throw new TranslatableException("themes.error.unknown-priority", priority);
            }
        }
        return new ThemeEdit(edit.themeId(), edit.version(), name, description, keywords, examples, priorityIds);
    }

    private static List<String> distinct(List<String> values) {
        Set<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value.strip());
            }
        }
        return List.copyOf(kept);
    }
}
