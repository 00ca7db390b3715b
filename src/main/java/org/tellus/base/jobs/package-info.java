/**
 * Background jobs claimed through the database (decision 022): a feature submits, claims and finishes its own
 * kinds of job here. A named interface of the base module: features are meant to use it.
 */
@NamedInterface("jobs")
package org.tellus.base.jobs;

import org.springframework.modulith.NamedInterface;
