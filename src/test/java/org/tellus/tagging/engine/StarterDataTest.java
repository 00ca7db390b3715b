package org.tellus.tagging.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StarterDataTest {

    static ThemeModel starterModel;

    @BeforeAll
    static void train() {
        starterModel = new ThemeTrainer().trainWithStarter(List.of());
    }

    @Test
    void defaultTaxonomyHasEighteenThemesWithKeywords() {
        List<Theme> t = StarterData.defaultTaxonomy();
        assertEquals(18, t.size());
        assertTrue(t.stream().allMatch(x -> !x.description().isBlank() && !x.keywords().isEmpty()));
        assertEquals("health-care", t.get(0).id());
    }

    @Test
    void starterExamplesUseOnlyTaxonomyThemesAndIncludeSeedQuotes() {
        Set<String> ids = new HashSet<>();
        StarterData.defaultTaxonomy().forEach(t -> ids.add(t.id()));
        List<LabelledText> ex = StarterData.starterExamples();
        assertTrue(ex.size() >= 371 + 30, "starter size " + ex.size());
        for (LabelledText e : ex) assertTrue(ids.containsAll(e.themes()), e.id() + " " + e.themes());
        assertTrue(ex.stream().anyMatch(e -> e.id().startsWith("seed-quotes:")));
        assertEquals(ex.size(), ex.stream().map(LabelledText::id).distinct().count());
        assertNotNull(StarterData.class.getResource("/tagging/starter/ATTRIBUTION.txt"));
    }

    @Test
    void extraExamplesOverrideStarterExamplesWithTheSameText() {
        LabelledText first = StarterData.starterExamples().get(0);
        LabelledText officer = new LabelledText("officer-1", first.text().toUpperCase() + "!", Set.of("digital"));
        List<LabelledText> merged = StarterData.starterExamplesWith(List.of(officer));
        assertEquals(StarterData.starterExamples().size(), merged.size());
        assertFalse(merged.contains(first));
        assertEquals(officer, merged.get(merged.size() - 1));
    }

    @Test
    void coldStartModelTagsCouncilComments() {
        assertTop("The buses are always late and the fares keep going up", "transport");
        assertTop("Rents are too high and my landlord will not fix the damp", "housing");
        assertTrue(ThemeModelTest.ids(starterModel.tag("We need more affordable housing for young people")).contains("housing"));
        assertTop("Fly-tipping and overflowing bins on our street", "clean-streets");
        assertTop("I feel lonely and anxious since the pandemic", "mental-health");
        assertTrue(starterModel.trainingSize() > 371);
    }

    private static void assertTop(String text, String theme) {
        List<ThemeTag> tags = starterModel.tag(text);
        assertFalse(tags.isEmpty(), "no tag for: " + text);
        assertEquals(theme, tags.get(0).themeId(), text + " -> " + tags);
        assertFalse(tags.get(0).explainingWords().isEmpty());
    }
}
