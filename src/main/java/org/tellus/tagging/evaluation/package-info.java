/**
 * The {@code evaluate} command. A named interface of the tagging module because the application's main method
 * (CommandLineTools, in the root package) runs it; nothing else may use it.
 */
@NamedInterface("evaluate-command")
package org.tellus.tagging.evaluation;

import org.springframework.modulith.NamedInterface;
