package org.tellus.response.imports;

/** What a column of the file holds. */
public enum ColumnKind {
    QUESTION, SUBMITTED, CHANNEL, CONSENT, EQUALITY,
    /** A second column for something already mapped: only the first is read. */
    DUPLICATE,
    /** Nothing Tellus stores (a respondent id, an IP address, an e-mail): left out of the import. */
    IGNORED
}
