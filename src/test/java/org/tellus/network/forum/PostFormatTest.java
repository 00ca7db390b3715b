package org.tellus.network.forum;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What residents can type, and real XSS payloads (OWASP's cheat sheet) neutralised on the way in and out. */
class PostFormatTest {

    private static final Set<String> ALLOWED = Set.of("body", "p", "br", "ul", "ol", "li", "em", "strong", "a");

    static List<String> payloads() {
        return List.of(
                "<script>alert('XSS')</script>",
                "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
                "<a href=\" javascript:alert(1)\">space</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">case</a>",
                "[click me](javascript:alert(1))",
                "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>",
                "<p style=\"width: expression(alert('XSS'));\">x</p>",
                "<style>@import 'https://xss.example/xss.css';</style>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<body onload=alert('XSS')>",
                "<input autofocus onfocus=alert(1)>",
                "<img src=x onerror=alert(1)//",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">unclosed",
                "\"><script>alert(1)</script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<em onmouseover=alert(1)>hover</em>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>go</button></form>",
                "<a href=\"vbscript:msgbox(1)\">vb</a>",
                "*<img src=x onerror=alert(1)>* and - <b onclick=alert(1)>x</b>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void nothingActiveSurvivesWhatAResidentTypes(String payload) {
        assertHarmless(PostFormat.toHtml(payload));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void nothingActiveSurvivesStoredHtmlOnTheWayOut(String payload) {
        assertHarmless(PostFormat.clean(payload));
    }

    @Test
    void typedHtmlShowsAsTextNotAsElements() {
        String html = PostFormat.toHtml("<script>alert(1)</script>");
        assertThat(html).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    @Test
    void paragraphsListsEmphasisAndLinks() {
        String html = PostFormat.toHtml("""
                First line
                same paragraph with *emphasis* and **strong**.

                - buses after 10pm
                - step-free stations

                1. one
                2. two

                See https://www.stockport.gov.uk/plan, [the plan](https://example.org/plan) or mailto:team@example.org""");
        assertThat(html).isEqualTo("<p>First line<br>same paragraph with <em>emphasis</em> and <strong>strong</strong>.</p>"
                + "<ul><li>buses after 10pm</li><li>step-free stations</li></ul><ol><li>one</li><li>two</li></ol>"
                + "<p>See <a href=\"https://www.stockport.gov.uk/plan\" rel=\"nofollow noopener\">https://www.stockport.gov.uk/plan</a>, "
                + "<a href=\"https://example.org/plan\" rel=\"nofollow noopener\">the plan</a> or "
                + "<a href=\"mailto:team@example.org\" rel=\"nofollow noopener\">mailto:team@example.org</a></p>");
    }

    @Test
    void aLinkWithAnotherProtocolStaysPlainText() {
        assertThat(PostFormat.toHtml("[x](ftp://files.example/a)")).isEqualTo("<p>[x](ftp://files.example/a)</p>");
    }

    private static void assertHarmless(String html) {
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<svg")
                .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<style");
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(ALLOWED).as("element <%s> in %s", e.tagName(), html).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute in %s", html).isIn("href", "rel");
                if (a.getKey().equals("href")) {
                    assertThat(a.getValue().toLowerCase(Locale.ROOT)).as("link in %s", html)
                            .matches("^(https?:|mailto:).*");
                }
            }
            if (e.tagName().equals("a")) {
                assertThat(e.attr("rel")).isEqualTo("nofollow noopener");
            }
        }
    }
}
