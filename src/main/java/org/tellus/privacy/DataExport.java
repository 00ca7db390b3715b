package org.tellus.privacy;

import org.tellus.response.ResponseData;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A person's data as one ZIP file: {@code data.json} with everything, and one CSV file per kind of data for a
 * spreadsheet (UTF-8 with a byte order mark, so Excel reads accents and Urdu correctly).
 */
final class DataExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DataExport() {
    }

    static void writeZip(MyData data, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "data.json", JSON.writeValueAsString(data));
        entry(zip, "account.csv", csv(List.of("id", "email", "display_name", "roles", "created_at", "language"),
                List.of(List.<Object>of(data.account().id(), data.account().email(), data.account().displayName(),
                        String.join(" ", data.account().roles()), data.account().createdAt(),
                        Objects.toString(data.account().language(), "")))));
        entry(zip, "responses.csv", csv(List.of("consultation_id", "consultation", "reference", "submitted",
                "submitted_at", "channel", "area", "consent_to_quote", "question_id", "question", "text", "number",
                "options", "other_text"), answerRows(data.responses())));
        entry(zip, "equality.csv", csv(List.of("consultation_id", "reference", "item", "answer"),
                data.responses().stream().flatMap(r -> r.equality().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> List.<Object>of(r.consultationId(), Objects.toString(r.reference(), ""), e.getKey(), e.getValue())))
                        .toList()));
        entry(zip, "memberships.csv", csv(List.of("network_id", "network", "status", "message", "reason", "updated_at"),
                data.memberships().stream().map(m -> List.<Object>of(m.networkId(), m.networkName(), m.status(),
                        Objects.toString(m.message(), ""), Objects.toString(m.reason(), ""), m.updatedAt())).toList()));
        entry(zip, "forum-posts.csv", csv(List.of("post_id", "thread_id", "network_id", "opens_thread", "text",
                "created_at", "edited_at", "deleted", "hidden"), data.forumPosts().stream().map(p -> List.<Object>of(
                p.postId(), p.threadId(), p.networkId(), p.opensThread(), p.text(), p.createdAt(),
                Objects.toString(p.editedAt(), ""), p.deleted(), p.hidden())).toList()));
        entry(zip, "notifications.csv", csv(List.of("id", "kind", "message_key", "params", "link", "created_at", "read"),
                data.notifications().stream().map(n -> List.<Object>of(n.id(), n.kind(), n.messageKey(),
                        String.join(" | ", n.params()), n.link(), n.createdAt(), n.read())).toList()));
        zip.finish();
    }

    private static List<List<Object>> answerRows(List<ResponseData> responses) {
        List<List<Object>> rows = new ArrayList<>();
        for (ResponseData r : responses) {
            for (ResponseData.AnswerData a : r.answers()) {
                rows.add(List.<Object>of(r.consultationId(), r.consultationTitle(), Objects.toString(r.reference(), ""),
                        r.submitted(), Objects.toString(r.submittedAt(), ""), r.channel(), Objects.toString(r.areaId(), ""),
                        r.consentToQuote(), a.questionId(), a.question(), Objects.toString(a.text(), ""),
                        Objects.toString(a.number(), ""), a.optionIds().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                        Objects.toString(a.otherText(), "")));
            }
        }
        return rows;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String csv(List<String> header, List<List<Object>> rows) {
        StringBuilder s = new StringBuilder("\uFEFF");
        line(s, new ArrayList<>(header));
        rows.forEach(row -> line(s, row));
        return s.toString();
    }

    private static void line(StringBuilder s, List<?> cells) {
        s.append(cells.stream().map(c -> cell(String.valueOf(c))).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted when needed; a leading =, +, - or @ gets an apostrophe so a spreadsheet shows it instead of running it. */
    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
