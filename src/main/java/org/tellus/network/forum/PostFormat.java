package org.tellus.network.forum;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little formatting a resident can type in a plain text area: a blank line starts a paragraph, lines starting
 * "- " make a list (or "1. " a numbered one), *emphasis* and **strong**, [words](https://link) and bare web or
 * mailto addresses become links. Everything typed is escaped first, so typed HTML shows as text; the result then
 * goes through jsoup's cleaner, which keeps only those elements. Stored HTML is cleaned again whenever it is shown,
 * so a row altered in the database cannot bring a script to a reader either.
 */
public final class PostFormat {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "ul", "ol", "li", "em", "strong", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    /** A [label](address) link, a bare web address, or a bare mailto address, on already escaped text. */
    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\]\\n]{1,200})]\\(([^)\\s]{1,500})\\)|(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)'])|(mailto:[^\\s<>\"]+[^\\s<>\".,;:!?)'])");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])");

    private PostFormat() {
    }

    /** The safe HTML for what a resident typed. */
    public static String toHtml(String typed) {
        List<String> blocks = new ArrayList<>();
        for (String block : typed.replace("\r\n", "\n").replace('\r', '\n').strip().split("\\n\\s*\\n")) {
            List<String> lines = block.lines().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.stream().allMatch(l -> BULLET.matcher(l).matches())) {
                blocks.add(list("ul", lines, BULLET));
            } else if (lines.stream().allMatch(l -> NUMBERED.matcher(l).matches())) {
                blocks.add(list("ol", lines, NUMBERED));
            } else {
                blocks.add("<p>" + String.join("<br>", lines.stream().map(l -> inline(l.strip())).toList()) + "</p>");
            }
        }
        return clean(String.join("", blocks));
    }

    /** Stored HTML made safe to show: only the allowed elements, attributes and link protocols survive. */
    public static String clean(String html) {
        return Jsoup.clean(html == null ? "" : html, "", ALLOWED, COMPACT);
    }

    private static String list(String tag, List<String> lines, Pattern item) {
        StringBuilder html = new StringBuilder("<").append(tag).append('>');
        for (String line : lines) {
            Matcher m = item.matcher(line);
            if (m.matches()) {
                html.append("<li>").append(inline(m.group(1).strip())).append("</li>");
            }
        }
        return html.append("</").append(tag).append('>').toString();
    }

    /** Escapes the line, then turns links and emphasis into elements. */
    private static String inline(String line) {
        String escaped = escape(line);
        StringBuilder out = new StringBuilder();
        Matcher m = LINK.matcher(escaped);
        int last = 0;
        while (m.find()) {
            out.append(emphasis(escaped.substring(last, m.start())));
            if (m.group(1) != null) {
                out.append(safeLink(m.group(2)) ? anchor(m.group(2), emphasis(m.group(1))) : m.group());
            } else {
                String address = m.group(3) != null ? m.group(3) : m.group(4);
                out.append(anchor(address, address));
            }
            last = m.end();
        }
        return out.append(emphasis(escaped.substring(last))).toString();
    }

    private static boolean safeLink(String address) {
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    private static String anchor(String address, String label) {
        return "<a href=\"" + address + "\">" + label + "</a>";
    }

    private static String emphasis(String text) {
        return EMPHASIS.matcher(STRONG.matcher(text).replaceAll("<strong>$1</strong>")).replaceAll("<em>$1</em>");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
