/**
 * The database connection and what every feature's writes share: the retry of a transaction that lost a
 * conflict (a deadlock, or a Galera certification failure; decision 023). A named interface of the base module.
 */
@NamedInterface("database")
package org.tellus.base.database;

import org.springframework.modulith.NamedInterface;
