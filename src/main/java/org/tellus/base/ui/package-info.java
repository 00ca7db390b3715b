/**
 * What every feature's views share: the page frame, message toasts, formats, links by route and the header slot.
 * A named interface of the base module: features are meant to use it (base itself imports no feature).
 */
@NamedInterface("ui")
package org.tellus.base.ui;

import org.springframework.modulith.NamedInterface;
