import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated residents answering the demo consultation through Vaadin Flow's own protocol (UIDL), as a browser
 * does: open the page, read the UI's node tree, its CSRF token and sync ids from the JSON, set the answers
 * and click "Send my answers", then read the confirmation reference from the reply. Only the JDK: run with
 * {@code java reliability/LoadTool.java --url http://127.0.0.1:8095 --residents 200 --seconds 300 --out refs.txt}.
 * Every load is bounded: by residents, seconds and --max-submissions; traffic goes to the given address only.
 */
public class LoadTool {

    static final String SUBMIT = "Send my answers";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        URI base = URI.create(o.getOrDefault("url", "http://127.0.0.1:8085"));
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("The load goes to 127.0.0.1 only, not " + base.getHost());
        }
        int residents = Integer.parseInt(o.getOrDefault("residents", "200"));
        long seconds = Long.parseLong(o.getOrDefault("seconds", "300"));
        int maxSubmissions = Integer.parseInt(o.getOrDefault("max-submissions", "100000"));
        long thinkMs = Long.parseLong(o.getOrDefault("think-ms", "2000"));
        String run = o.getOrDefault("run", Long.toString(System.currentTimeMillis(), 36));
        Path out = Path.of(o.getOrDefault("out", "acknowledged-" + run + ".txt"));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Stats stats = new Stats();
        AtomicInteger budget = new AtomicInteger(maxSubmissions);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < residents; r++) {
            Resident resident = new Resident(http, base, run + "-" + r, stats, thinkMs);
            threads.add(Thread.ofVirtual().name("resident-" + r).start(() -> resident.loop(deadline, budget)));
            Thread.sleep(Math.max(1, 1000L * Math.min(10, seconds / 10) / residents)); // ramp up over up to 10 s
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(seconds + 60));
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            stats.acknowledged.forEach(w::println);
        }
        stats.print(run, residents, elapsed, out);
    }

    /** One resident: a browser session after another, each answering the consultation once. */
    static final class Resident {
        private final HttpClient http;
        private final URI base;
        private final String name;
        private final Stats stats;
        private final long thinkMs;
        private int sequence;

        Resident(HttpClient http, URI base, String name, Stats stats, long thinkMs) {
            this.http = http;
            this.base = base;
            this.name = name;
            this.stats = stats;
            this.thinkMs = thinkMs;
        }

        void loop(long deadline, AtomicInteger budget) {
            while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                String marker = name + "-" + (sequence++);
                try {
                    answerOnce(marker);
                } catch (Exception e) {
                    stats.error(marker, e);
                    pause(500);
                }
            }
        }

        private void answerOnce(String marker) throws Exception {
            Session s = new Session(http, base);
            s.open("consultations/1");
            Tree tree = s.tree;
            List<Integer> texts = tree.byTag("vaadin-text-area");
            List<Integer> radios = tree.byTag("vaadin-radio-group");
            Integer submit = tree.byTag("vaadin-button").stream().filter(b -> SUBMIT.equals(tree.text(b))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no submit button on the page"));
            if (texts.size() < 2 || radios.size() < 2) {
                throw new IllegalStateException("the form is not the demo's: " + texts.size() + " text areas, " + radios.size() + " radio groups");
            }
            pause(thinkMs);
            List<Object> rpc = new ArrayList<>();
            rpc.addAll(Rpc.value(texts.get(0), "Load test " + marker + ": more buses in the evening, please", "change"));
            rpc.addAll(Rpc.value(radios.get(0), String.valueOf(1 + ThreadLocalRandom.current().nextInt(5)), "value-changed"));
            rpc.addAll(Rpc.value(radios.get(1), String.valueOf(1 + ThreadLocalRandom.current().nextInt(5)), "value-changed"));
            rpc.addAll(Rpc.value(texts.get(1), "Load test " + marker + ": and keep the library open", "change"));
            s.send(rpc);
            long t0 = System.nanoTime();
            String reply = s.send(List.of(Rpc.click(submit)));
            long micros = (System.nanoTime() - t0) / 1000;
            Matcher ref = Pattern.compile("confirmation/([A-Za-z0-9-]+)").matcher(reply);
            if (!ref.find()) {
                throw new IllegalStateException("no confirmation after submitting: " + reply.substring(0, Math.min(300, reply.length())));
            }
            stats.acknowledge(ref.group(1), marker, micros);
        }

        private static void pause(long ms) {
            try {
                Thread.sleep(ms / 2 + ThreadLocalRandom.current().nextLong(ms + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A browser tab's conversation with one UI: cookies, CSRF token, sync and client ids. */
    static final class Session {
        private final HttpClient http;
        private final URI base;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final Tree tree = new Tree();
        private String csrf;
        private int uiId;
        private long syncId;
        private long clientId;

        Session(HttpClient http, URI base) {
            this.http = http;
            this.base = base;
        }

        void open(String location) throws Exception {
            get(location);
            String init = get("?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query=");
            Map<?, ?> json = (Map<?, ?>) Json.parse(init);
            Map<?, ?> app = (Map<?, ?>) json.get("appConfig");
            Map<?, ?> uidl = (Map<?, ?>) app.get("uidl");
            uiId = ((Number) app.get("v-uiId")).intValue();
            csrf = (String) uidl.get("Vaadin-Security-Key");
            read(uidl);
            // The bootstrap JSON holds only the UI; the client then asks for the route, as a browser does.
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("route", location);
            data.put("query", "");
            data.put("appShellTitle", "");
            data.put("historyState", Map.of("idx", 0));
            data.put("trigger", "");
            Map<String, Object> navigate = new LinkedHashMap<>();
            navigate.put("type", "event");
            navigate.put("node", 1);
            navigate.put("event", "ui-navigate");
            navigate.put("data", data);
            send(List.of(navigate));
        }

        String send(List<Object> rpc) throws Exception {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("csrfToken", csrf);
            body.put("rpc", rpc);
            body.put("syncId", syncId);
            body.put("clientId", clientId);
            HttpRequest request = request("?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            keepCookies(response);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " from the UIDL request");
            }
            String text = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
            Object parsed = Json.parse(text);
            Map<?, ?> uidl = (Map<?, ?>) (parsed instanceof List<?> l ? l.getFirst() : parsed);
            Map<?, ?> meta = (Map<?, ?>) uidl.get("meta");
            if (meta != null && (meta.containsKey("sessionExpired") || meta.containsKey("appError"))) {
                throw new IllegalStateException("the server ended the UI: " + meta);
            }
            clientId++;
            read(uidl);
            return text;
        }

        private void read(Map<?, ?> uidl) {
            if (uidl.get("syncId") instanceof Number n) {
                syncId = n.longValue();
            }
            if (uidl.get("clientId") instanceof Number n) {
                clientId = n.longValue();
            }
            if (uidl.get("changes") instanceof List<?> changes) {
                tree.apply(changes);
            }
        }

        private String get(String path) throws Exception {
            HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(response);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path);
            }
            return response.body();
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/" + path)).timeout(Duration.ofSeconds(30));
            if (!cookies.isEmpty()) {
                b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            return b;
        }

        private void keepCookies(HttpResponse<?> response) {
            for (String set : response.headers().allValues("set-cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    /** The client-side state tree as far as the tool needs it: each node's tag, text and children. */
    static final class Tree {
        private final Map<Integer, String> tags = new HashMap<>();
        private final Map<Integer, String> texts = new HashMap<>();
        private final Map<Integer, List<Integer>> children = new HashMap<>();
        private final List<Integer> order = new ArrayList<>();

        void apply(List<?> changes) {
            for (Object c : changes) {
                Map<?, ?> change = (Map<?, ?>) c;
                int node = ((Number) change.get("node")).intValue();
                String type = (String) change.get("type");
                if ("put".equals(type) && "tag".equals(change.get("key"))) {
                    tags.put(node, (String) change.get("value"));
                    order.add(node);
                } else if ("put".equals(type) && "text".equals(change.get("key"))) {
                    texts.put(node, String.valueOf(change.get("value")));
                } else if ("splice".equals(type) && change.get("addNodes") instanceof List<?> added) {
                    List<Integer> list = children.computeIfAbsent(node, k -> new ArrayList<>());
                    int at = Math.min(((Number) change.get("index")).intValue(), list.size());
                    List<Integer> ids = added.stream().map(n -> ((Number) n).intValue()).toList();
                    list.addAll(at, ids);
                }
            }
        }

        List<Integer> byTag(String tag) {
            return order.stream().filter(n -> tag.equals(tags.get(n))).distinct().toList();
        }

        String text(int node) {
            StringBuilder b = new StringBuilder();
            collect(node, b);
            return b.toString().strip();
        }

        private void collect(int node, StringBuilder b) {
            if (texts.containsKey(node)) {
                b.append(texts.get(node));
            }
            for (int child : children.getOrDefault(node, List.of())) {
                collect(child, b);
            }
        }
    }

    /** The messages a browser sends: a property synchronised on a DOM event, and a click. */
    static final class Rpc {
        static List<Object> value(int node, String value, String event) {
            Map<String, Object> sync = new LinkedHashMap<>();
            sync.put("type", "mSync");
            sync.put("node", node);
            sync.put("feature", 1);
            sync.put("property", "value");
            sync.put("value", value);
            Map<String, Object> fired = new LinkedHashMap<>();
            fired.put("type", "event");
            fired.put("node", node);
            fired.put("event", event);
            fired.put("data", Map.of());
            return List.of(sync, fired);
        }

        static Object click(int node) {
            Map<String, Object> data = new LinkedHashMap<>();
            for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
                data.put(key, false);
            }
            for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.button")) {
                data.put(key, 0);
            }
            data.put("event.detail", 1);
            Map<String, Object> click = new LinkedHashMap<>();
            click.put("type", "event");
            click.put("node", node);
            click.put("event", "click");
            click.put("data", data);
            return click;
        }
    }

    /** What the residents saw: references acknowledged, round trips, errors by kind. */
    static final class Stats {
        final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> roundTrips = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicInteger> errors = Collections.synchronizedMap(new LinkedHashMap<>());

        void acknowledge(String reference, String marker, long micros) {
            acknowledged.add(reference + "\t" + marker);
            roundTrips.add(micros);
        }

        void error(String marker, Exception e) {
            String kind = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replaceAll("[0-9]+", "N");
            errors.computeIfAbsent(kind.length() > 120 ? kind.substring(0, 120) : kind, k -> new AtomicInteger()).incrementAndGet();
        }

        void print(String run, int residents, double seconds, Path out) {
            List<Long> sorted = new ArrayList<>(roundTrips);
            Collections.sort(sorted);
            int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf(Locale.ROOT, "run %s: %d residents for %.0f s%n", run, residents, seconds);
            System.out.printf(Locale.ROOT, "acknowledged %d (%.1f submissions/s), errors %d%n", sorted.size(), sorted.size() / seconds, errorCount);
            if (!sorted.isEmpty()) {
                System.out.printf(Locale.ROOT, "submission round trip: median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                        percentile(sorted, 50), percentile(sorted, 95), sorted.getLast() / 1000.0);
            }
            errors.forEach((kind, n) -> System.out.printf(Locale.ROOT, "  error x%d: %s%n", n.get(), kind));
            System.out.println("references shown to residents: " + out);
        }

        private static double percentile(List<Long> sorted, int p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1000.0;
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return o;
    }

    /** Just enough JSON for the UIDL messages. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            return v;
        }

        private Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') { i++; return m; }
                    while (true) {
                        ws();
                        String k = string();
                        ws(); i++; // :
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') return m;
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') { i++; return l; }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') return l;
                    }
                }
                case '"':
                    return string();
                case 't': i += 4; return Boolean.TRUE;
                case 'f': i += 5; return Boolean.FALSE;
                case 'n': i += 4; return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    String n = s.substring(start, i);
                    return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.parseDouble(n) : (Object) Long.parseLong(n);
                }
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        static String write(Object v) {
            if (v == null) return "null";
            if (v instanceof String str) {
                StringBuilder b = new StringBuilder("\"");
                for (char c : str.toCharArray()) {
                    switch (c) {
                        case '"' -> b.append("\\\"");
                        case '\\' -> b.append("\\\\");
                        case '\n' -> b.append("\\n");
                        default -> { if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c); }
                    }
                }
                return b.append('"').toString();
            }
            if (v instanceof Map<?, ?> m) {
                List<String> parts = new ArrayList<>();
                m.forEach((k, val) -> parts.add(write(String.valueOf(k)) + ":" + write(val)));
                return "{" + String.join(",", parts) + "}";
            }
            if (v instanceof List<?> l) {
                return "[" + String.join(",", l.stream().map(Json::write).toList()) + "]";
            }
            return String.valueOf(v);
        }
    }
}
