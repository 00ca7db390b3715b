package org.tellus.tagging.evaluation;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tellus.tagging.engine.LabelledText;

class EvaluateCommandTest {

    @TempDir
    static Path dir;
    static Path good, goodTest, badHeader, empty, headerOnly, unknownTheme, taxonomy, newLabels;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = EvaluateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void files() throws IOException {
        StringBuilder sb = new StringBuilder("id,text,themes\n");
        String[][] rows = {
                {"The buses are late", "transport"}, {"Bus fares too high", "transport"},
                {"Trains to Manchester", "transport"}, {"Potholes on the roads", "transport"},
                {"Affordable homes please", "housing"}, {"Rents are too high", "housing"},
                {"My landlord ignores repairs", "housing"}, {"More council housing", "housing"},
                {"Keep the parks tidy", "parks-green-spaces"}, {"Plant more trees", "parks-green-spaces"},
                {"Homes near bus routes", "housing;transport"}, {"Nothing to say", ""}};
        for (int i = 0; i < rows.length; i++) sb.append(i).append(",\"").append(rows[i][0]).append("\",").append(rows[i][1]).append('\n');
        good = write("good.csv", sb.toString());
        goodTest = write("good-test.csv", "id,text,themes\n1,\"The bus was late again\",transport\n2,\"High rent\",housing\n3,\"ok\",\n");
        badHeader = write("bad-header.csv", "id,comment,labels\n1,hello,transport\n");
        empty = write("empty.csv", "");
        headerOnly = write("header-only.csv", "id,text,themes\n");
        unknownTheme = write("unknown.csv", "id,text,themes\n1,hello,not-a-theme\n");
        taxonomy = write("themes.csv", "id,name,description,starter_keywords\ntransport,Transport,Buses,bus;train\nhousing,Housing,Homes,rent\nparks-green-spaces,Parks,Parks,park\n");
        newLabels = write("new-labels.csv", "id,text,themes\n1,\"The nurse was kind\",staff-attitude\n2,\"Waited for hours\",waiting\n3,\"Long wait, rude nurse\",waiting;staff-attitude\n4,\"Kind staff\",staff-attitude\n5,\"Quick service\",waiting\n");
    }

    static Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static List<List<String>> badInputs() {
        String missing = dir.resolve("missing.csv").toString();
        return List.of(
                List.of(),
                List.of("--test", missing),
                List.of("--test", badHeader.toString()),
                List.of("--test", empty.toString()),
                List.of("--test", headerOnly.toString()),
                List.of("--test", unknownTheme.toString(), "--taxonomy", taxonomy.toString()),
                List.of("--test", good.toString(), "--taxonomy", missing),
                List.of("--train", good.toString(), "--folds", "0"),
                List.of("--train", good.toString(), "--folds", "1"),
                List.of("--train", good.toString(), "--folds", "x"),
                List.of("--train", good.toString(), "--folds"),
                List.of("--train", good.toString(), "--folds", "500"),
                List.of("--train", good.toString()),
                List.of("--folds", "3"),
                List.of("--test", good.toString(), "--train", good.toString(), "--folds", "3"),
                List.of("--test", good.toString(), "--bogus"),
                List.of("--test"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputIsOneLineOnStderrWithExitCode2(List<String> args) {
        Result r = run(args.toArray(String[]::new));
        assertEquals(2, r.code(), "args " + args + " err " + r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertFalse(err.isEmpty());
        assertFalse(err.contains("\n"), "more than one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "stack trace: " + err);
    }

    @Test
    void holdoutPrintsOneJsonObjectWithTheFigures() {
        Result r = run("--train", good.toString(), "--test", goodTest.toString(), "--no-speed");
        assertEquals(0, r.code(), r.err());
        String json = r.out().strip();
        assertTrue(json.startsWith("{") && json.endsWith("}") && !json.contains("\n"), json);
        for (String key : List.of("\"items\":3", "\"micro_f1\":", "\"macro_f1\":", "\"samples_f1\":", "\"labels\":{",
                "\"transport\":{\"precision\":", "\"support\":", "\"train_seconds\":", "\"cores\":", "\"machine\":{")) {
            assertTrue(json.contains(key), key + " missing in " + json);
        }
        assertTrue(json.contains("\"taxonomy\":\"built-in\""), json);
        assertTrue(json.contains("\"starter\":true"), json);
    }

    @Test
    void labelsNotInTheDefaultTaxonomyBecomeTheTaxonomyAndCrossValidationRuns() {
        Result r = run("--train", newLabels.toString(), "--folds", "2", "--no-speed");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"taxonomy\":\"labels found in the files\""), r.out());
        assertTrue(r.out().contains("\"starter\":false"), r.out());
        assertTrue(r.out().contains("\"staff-attitude\":{"), r.out());
        assertTrue(r.out().contains("\"items\":5"), r.out());
    }

    @Test
    void speedIsMeasuredOverAtLeast100000Texts() {
        Result r = run("--test", goodTest.toString(), "--taxonomy", taxonomy.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\"tag_per_second\":[1-9][0-9]*,.*"), r.out());
        assertTrue(r.out().contains("\"starter\":false"), r.out());
    }

    @Test
    void starterLosesTheHeldOutTexts() {
        List<LabelledText> starter = List.of(new LabelledText("s1", "Bus fares!", java.util.Set.of("transport")),
                new LabelledText("s2", "Parks", java.util.Set.of("parks-green-spaces")));
        List<LabelledText> heldOut = List.of(new LabelledText("t1", "bus   FARES", java.util.Set.of()));
        assertEquals(List.of("s2"), EvaluateCommand.withoutTexts(starter, heldOut, java.util.Set.of())
                .stream().map(LabelledText::id).toList());
    }
}
