/**
 * The synthetic load and the {@code insight-benchmark} command. A named interface of the insight module because
 * the application's main method (CommandLineTools, in the root package) runs the command; nothing else may use it.
 */
@NamedInterface("benchmark-command")
package org.tellus.insight.load;

import org.springframework.modulith.NamedInterface;
