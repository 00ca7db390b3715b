package org.tellus;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under org.tellus is a module; its base package is its API (service, records, events),
 * its sub-packages are internal unless it names them. verify() fails on a cycle between modules, on a use of
 * another module's internals and on a dependency a module did not allow.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TellusApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /** Writes the C4 / PlantUML diagrams and a canvas per module into docs/modules (committed, so a reader sees them). */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
