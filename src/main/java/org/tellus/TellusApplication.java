package org.tellus;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

/**
 * Starts the web application, or runs a command-line tool when the first argument names one
 * ({@code evaluate}, the tagging engine's evaluation, which needs neither database nor web server).
 */
@SpringBootApplication
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// Lumo first, then the council's theme on top of it (frontend/themes/tellus, decision 019); light or dark as the
// resident's browser prefers.
@StyleSheet(Lumo.STYLESHEET)
@Theme("tellus")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class TellusApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && CommandLineTools.isTool(args[0])) {
            System.exit(CommandLineTools.run(args[0], Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(TellusApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Tellus");
    }
}
