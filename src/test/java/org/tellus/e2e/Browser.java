package org.tellus.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A headless Chromium driven through the system's chromedriver, for end-to-end and accessibility tests of the
 * running app. Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; never downloads a
 * browser. Every wait is explicit; nothing sleeps.
 */
public final class Browser implements AutoCloseable {

    public static final Path AXE = Path.of("target/axe/node_modules/axe-core/axe.min.js");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Explicit waits end as soon as their condition holds; the bound only matters on a busy CI machine. */
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    /** Starts a fresh browser (its own empty profile) at desktop size, for the app at {@code baseUrl}. */
    public static Browser start(String baseUrl) {
        Path profile;
        try {
            profile = Files.createTempDirectory("tellus-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("tellus.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (Boolean.getBoolean("tellus.browser.dark")) {
            // The browser prefers dark, so the theme's dark colours are what axe-core checks (docs/theme.md).
            options.addArguments("--force-dark-mode");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("tellus.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, baseUrl.replaceAll("/$", ""), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the app and waits until Vaadin has drawn it. */
    public void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Waits until every Vaadin client on the page has finished talking to the server. */
    public void waitForVaadin() {
        waitUntil("Vaadin to finish", this::vaadinIsIdle);
    }

    /** Whether every Vaadin client on the page has finished talking to the server. */
    public boolean vaadinIsIdle() {
        return Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients || document.readyState !== 'complete') return false;
                const all = Object.values(clients).filter(c => c && typeof c.isActive === 'function');
                return all.length > 0 && all.every(c => c.isActive() === false);
                """));
    }

    /** Waits for Vaadin, then until the page's visible text contains {@code text}. */
    public void waitForText(String text) {
        waitForVaadin();
        waitUntil("the text \"" + text + "\"", () -> driver.findElement(By.tagName("body")).getText().contains(text));
    }

    public void waitForPath(String regex) {
        waitUntil("a page matching " + regex, () -> path().matches(regex));
        waitForVaadin();
    }

    public void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        // A page that navigates (signing in reloads the document) can replace an element between finding it and
        // reading it: that is "not yet", so look again at the next poll.
        new WebDriverWait(driver, WAIT).withMessage(() -> "Waited for " + what + " on " + driver.getCurrentUrl())
                .ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** Signs in on the login page with the keyboard only, and waits until the app says who is signed in. */
    public void signIn(String email, String password) {
        open("/login");
        tabInto(find("vaadin-text-field", "Email address"), 15);
        press(email, Keys.TAB, password, Keys.ENTER);
        waitForText("Signed in as " + email);
    }

    /** Presses keys, or types text, into whatever has the focus, as a person at a keyboard would. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    /**
     * Presses Tab until the focus is inside {@code host} (a web component's light-DOM host, or any element), and
     * fails if it never gets there.
     */
    public void tabInto(WebElement host, int maxPresses) {
        for (int i = 0; i < maxPresses; i++) {
            if (hasFocusWithin(host)) {
                return;
            }
            press(Keys.TAB);
        }
        if (!hasFocusWithin(host)) {
            throw new AssertionError("Tab never reached " + describe(host) + " in " + maxPresses
                    + " presses; focus is on " + describe(focused()));
        }
    }

    /** True if the focused element, looking through shadow roots, is {@code host} or inside it. */
    public boolean hasFocusWithin(WebElement host) {
        return Boolean.TRUE.equals(js("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                for (let n = e; n; ) {
                    if (n === arguments[0]) return true;
                    n = n.parentNode || (n instanceof ShadowRoot ? n.host : null);
                }
                return false;
                """, host));
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The first element matching {@code css} whose text contains {@code text}, once there is one. */
    public WebElement find(String css, String text) {
        waitUntil(css + " containing \"" + text + "\"", () -> driver.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> textOf(e).contains(text)));
        return driver.findElements(By.cssSelector(css)).stream().filter(e -> textOf(e).contains(text)).findFirst()
                .orElseThrow();
    }

    private String textOf(WebElement e) {
        Object text = js("return arguments[0].textContent || arguments[0].getAttribute('label') || ''", e);
        return text == null ? "" : text.toString();
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        waitUntil("the window to be " + width + " wide", () -> ((Number) js("return window.innerWidth")).intValue() == width);
        if (Boolean.TRUE.equals(js("return !!window.Vaadin"))) {
            waitForVaadin();
        }
    }

    /** The page's scroller and every element, looking into shadow roots, that may scroll. */
    private static final String SCROLLERS = """
            const all = [];
            const walk = root => root.querySelectorAll('*').forEach(e => {
                const style = getComputedStyle(e);
                if (/(auto|scroll)/.test(style.overflowX + style.overflowY)) all.push(e);
                if (e.shadowRoot) walk(e.shadowRoot);
            });
            walk(document);
            const scrollers = [document.scrollingElement, ...all];
            """;

    /**
     * How many CSS pixels the page is wider than the window (0 when nothing scrolls or sticks out sideways): the
     * page itself, the layout's content area, and any element of the main content reaching past the window.
     */
    public long horizontalOverflow() {
        return ((Number) js("""
                const main = document.querySelector('main');
                let scroller = main;
                while (scroller && scroller !== document.documentElement) {
                    const style = getComputedStyle(scroller);
                    if (/(auto|scroll)/.test(style.overflowX)) break;
                    scroller = scroller.parentElement || (scroller.getRootNode() && scroller.getRootNode().host);
                }
                const widths = [document.scrollingElement.scrollWidth - window.innerWidth];
                if (scroller && scroller !== document.documentElement) {
                    widths.push(scroller.scrollWidth - scroller.clientWidth);
                }
                if (main) {
                    main.querySelectorAll('*').forEach(e => {
                        const r = e.getBoundingClientRect();
                        if (r.width > 1) widths.push(Math.ceil(r.right) - window.innerWidth);
                    });
                }
                return Math.max(0, ...widths);
                """)).longValue();
    }

    /**
     * Saves a screenshot of the whole page, not only the window, as {@code target/screenshots/<name>.png}: the
     * window grows for the shot by as much as the tallest scrolling part of the page hides.
     */
    public Path screenshot(String name) {
        Dimension size = driver.manage().window().getSize();
        long hidden = ((Number) js(SCROLLERS + """
                const inGrid = e => e.localName === 'vaadin-grid'
                    || (e.getRootNode().host && e.getRootNode().host.localName === 'vaadin-grid');
                return Math.max(0, ...scrollers.filter(e => e.clientHeight >= window.innerHeight / 2 && !inGrid(e))
                    .map(e => e.scrollHeight - e.clientHeight));
                """)).longValue();
        try {
            if (hidden > 0) {
                driver.manage().window().setSize(new Dimension(size.getWidth(), size.getHeight() + (int) hidden));
                waitForVaadin();
            }
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (hidden > 0) {
                driver.manage().window().setSize(size);
                waitForVaadin();
            }
        }
    }

    /**
     * Runs axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page and returns its violations, each as a
     * readable paragraph; empty when the page passes.
     */
    public List<String> accessibilityViolations() {
        return accessibilityViolations(WCAG_TAGS);
    }

    /** Runs the axe-core rules that carry any of {@code tags} (e.g. "best-practice") and returns the violations. */
    public List<String> accessibilityViolations(List<String> tags) {
        waitForVaadin();
        if (!Files.isReadable(AXE)) {
            throw new AssertionError(AXE + " is missing: run the tests with Maven, which fetches axe-core");
        }
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            try {
                js(Files.readString(AXE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                    .then(r => done(r.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                        nodes: v.nodes.map(n => JSON.stringify(n.target) + ' ' + (n.failureSummary || '')
                            .replace(/\\s+/g, ' '))}))))
                    .catch(e => done('axe failed: ' + e));
                """, tags);
        if (result instanceof String error) {
            throw new AssertionError(error);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        return violations.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " "
                + v.get("helpUrl") + ((List<?>) v.get("nodes")).stream().map(n -> "\n      " + n)
                .collect(Collectors.joining())).toList();
    }

    private String describe(WebElement e) {
        if (e == null) {
            return "nothing";
        }
        Object html = js("return arguments[0].outerHTML.substring(0, 160)", e);
        return String.valueOf(html);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // A leftover temporary profile does no harm.
            }
        }
    }
}
