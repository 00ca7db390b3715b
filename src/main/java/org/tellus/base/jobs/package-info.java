/**
 * Background jobs claimed through the database (claim, heartbeat, take-over). A named interface of the base
 * module: features that run work in the background (tagging, imports) use it.
 */
@NamedInterface("jobs")
package org.tellus.base.jobs;

import org.springframework.modulith.NamedInterface;
