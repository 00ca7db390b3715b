package org.tellus.tagging.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    @Test
    void normaliseLowercasesFoldsAccentsDropsApostrophesAndPunctuation() {
        assertEquals("dont stop the bus", TextAnalyzer.normalise("  Don't   STOP\u2014the Bus!! "));
        assertEquals("cafe creme", TextAnalyzer.normalise("Café Crème"));
        assertEquals("residents views", TextAnalyzer.normalise("residents\u2019 views"));
        assertEquals("", TextAnalyzer.normalise("?!  ..."));
    }

    @Test
    void tokensAreStemmedAndStopWordsMarked() {
        List<TextAnalyzer.Token> t = TextAnalyzer.tokens("The parks are lovely");
        assertEquals(List.of("the", "parks", "are", "lovely"), t.stream().map(TextAnalyzer.Token::surface).toList());
        assertTrue(t.get(0).stop());
        assertFalse(t.get(1).stop());
        assertEquals(TextAnalyzer.stem("park"), t.get(1).stem());
        assertEquals(TextAnalyzer.stem("housing"), TextAnalyzer.stem("houses").equals(TextAnalyzer.stem("housing"))
                ? TextAnalyzer.stem("houses") : TextAnalyzer.stem("housing"));
        assertEquals("2050", TextAnalyzer.stem("2050"));
    }

    @Test
    void veryLongWordsAreCut() {
        String junk = "x".repeat(100_000);
        assertEquals(TextAnalyzer.MAX_WORD, TextAnalyzer.tokens("a " + junk).get(1).surface().length());
    }

    @Test
    void dedupeKeyIgnoresCaseSpacingAndPunctuation() {
        assertEquals(TextAnalyzer.dedupeKey("Bus fares!"), TextAnalyzer.dedupeKey("bus   FARES"));
        assertNotEquals(TextAnalyzer.dedupeKey("bus fares"), TextAnalyzer.dedupeKey("bus fare"));
    }

    @Test
    void featuresIncludeBigramsOverContentWordsAndKeywordMatches() {
        Featurizer f = new Featurizer(true, true, false, null,
                Featurizer.phrasesOf(List.of(new Theme("poverty", "Poverty", "", List.of("cost of living")))));
        Featurizer.Vector v = f.vector("The cost of living is too high");
        List<String> names = List.of(v.names());
        assertTrue(names.contains("w=" + TextAnalyzer.stem("cost")), names.toString());
        assertTrue(names.contains("b=" + TextAnalyzer.stem("cost") + "_" + TextAnalyzer.stem("living")), names.toString());
        assertTrue(names.contains("k=poverty"), names.toString());
        assertEquals("cost of living", v.surfaces()[names.indexOf("k=poverty")]);
        assertFalse(names.contains("w=the"));
    }

    @Test
    void negationsAndDegreeWordsAreFeaturesOnlyWhenKept() {
        String text = "The nurse was not helpful and the wait too long";
        List<String> kept = List.of(new Featurizer(true, false, true, null, List.of()).vector(text).names());
        List<String> dropped = List.of(new Featurizer(true, false, false, null, List.of()).vector(text).names());
        String helpful = TextAnalyzer.stem("helpful");
        assertTrue(kept.contains("w=not"), kept.toString());
        assertTrue(kept.contains("b=not_" + helpful), kept.toString());
        assertTrue(kept.contains("b=too_" + TextAnalyzer.stem("long")), kept.toString());
        assertFalse(kept.contains("w=the"), kept.toString());
        assertFalse(dropped.contains("w=not"), dropped.toString());
        assertTrue(dropped.contains("b=" + TextAnalyzer.stem("nurse") + "_" + helpful), dropped.toString());
    }
}
