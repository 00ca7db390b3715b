package org.tellus.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.ui.RouteLinks;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Messages;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.base.ui.RouteIds;
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeSummary;
import org.tellus.review.ReviewFilter;
import org.tellus.review.ReviewItem;
import org.tellus.review.ReviewProgress;
import org.tellus.review.ReviewService;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review queue of one consultation: the answer the machine was least sure about, its suggested themes, and
 * quick keyboard-driven accept, add and remove (the shortcuts are listed on the page); bulk accept for a filter.
 */
@Route("officer/consultations/:id/review")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ReviewQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ReviewService reviews;
    private final Map<String, ThemeSummary> themes;
    private final Paragraph progress = new Paragraph();
    private final Div current = new Div();
    private ConsultationDetails consultation;
    private ReviewFilter filter = ReviewFilter.none();
    private final Set<Long> skipped = new LinkedHashSet<>();
    private ReviewItem item;
    private final Set<String> chosen = new LinkedHashSet<>();
    private ComboBox<ThemeSummary> picker;
    /** What the last decision did, said with the progress so a screen reader hears both. */
    private String saved = "";

    public ReviewQueueView(ConsultationService consultations, ReviewService reviews, PlanService plan) {
        this.consultations = consultations;
        this.reviews = reviews;
        this.themes = plan.themes().stream().collect(Collectors.toMap(ThemeSummary::id, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        addClassName("tellus-page");
        progress.setId("review-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        current.setId("review-current");
        // Anywhere on the page: Alt+T to add a theme, Alt+N for "none of these", Alt+S to skip.
        Shortcuts.addShortcutListener(this, () -> {
            if (picker != null) {
                picker.focus();
            }
        }, Key.KEY_T, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, this::noneOfThese, Key.KEY_N, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, this::skip, Key.KEY_S, KeyModifier.ALT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, consultations::consultation).ifPresent(found -> {
            consultation = found;
            render();
        });
    }

    private void render() {
        removeAll();
        String route = "officer/consultations/" + consultation.id();
        HorizontalLayout links = new HorizontalLayout(
                RouteLinks.to(getTranslation("review.back"), route),
                RouteLinks.to(getTranslation("insight.link"), route + "/insight"),
                new RouterLink(getTranslation("models.link"), ModelsView.class));
        links.setWrap(true);
        add(new H1(getTranslation("review.title", consultation.title())), links, new ShortcutHelp(),
                new BulkAccept(themes.values().stream().filter(t -> !t.retired()).toList(), this::filterChanged,
                        this::bulkAcceptCount, this::bulkAccept), progress, current);
        showNext();
    }

    private void filterChanged(ReviewFilter changed) {
        filter = changed;
        skipped.clear();
        showNext();
    }

    private long bulkAcceptCount() {
        return reviews.countAcceptable(consultation.id(), filter);
    }

    private void bulkAccept() {
        int accepted = reviews.acceptAll(consultation.id(), filter);
        Messages.success(this, "review.bulk.done", accepted);
        showNext();
    }

    /** Shows the least certain waiting answer the officer has not skipped in this visit. */
    private void showNext() {
        ReviewProgress counts = reviews.progress(consultation.id(), filter);
        progress.setText((saved + " " + getTranslation("review.progress", counts.waiting(), counts.reviewed())).strip());
        saved = "";
        List<ReviewItem> page = reviews.queue(consultation.id(), filter, Math.min(ReviewService.MAX_PAGE, ReviewService.PAGE + skipped.size()));
        item = page.stream().filter(i -> !skipped.contains(i.answerId())).findFirst().orElse(null);
        chosen.clear();
        if (item != null) {
            item.suggestions().forEach(s -> chosen.add(s.themeId()));
        }
        drawCurrent();
    }

    private void drawCurrent() {
        current.removeAll();
        picker = null;
        if (item == null) {
            current.add(new H2(getTranslation("review.done.title")), new Paragraph(getTranslation(
                    skipped.isEmpty() ? "review.done" : "review.done-skipped")));
            return;
        }
        ReviewCard card = new ReviewCard(item, themes, chosen, this::accept, this::removeTheme);
        picker = card.picker(themes.values().stream().filter(t -> !t.retired() && !chosen.contains(t.id())).toList(),
                this::addTheme);
        Button accept = new Button(getTranslation("review.accept"), e -> accept());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button none = new Button(getTranslation("review.none"), e -> noneOfThese());
        Button skip = new Button(getTranslation("review.skip"), e -> skip());
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(accept, none, skip);
        actions.setWrap(true);
        current.add(card, picker, actions);
        card.focusAnswer();
    }

    private void addTheme(String themeId) {
        chosen.add(themeId);
        drawCurrent();
    }

    private void removeTheme(String themeId) {
        chosen.remove(themeId);
        drawCurrent();
    }

    private void accept() {
        record(Set.copyOf(chosen));
    }

    private void noneOfThese() {
        record(Set.of());
    }

    private void skip() {
        if (item != null) {
            skipped.add(item.answerId());
            showNext();
        }
    }

    private void record(Set<String> themeIds) {
        if (item == null) {
            return;
        }
        try {
            reviews.decide(item.answerId(), themeIds);
            saved = getTranslation("review.saved", item.reference());
        } catch (TranslatableException refused) {
            Messages.error(this, refused);
        }
        showNext();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.page-title") + " | " + getTranslation("app.name");
    }
}
