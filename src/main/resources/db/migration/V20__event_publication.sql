-- Spring Modulith's event publication registry (decision 015): an event is written here in the transaction
-- that publishes it, and marked done (then deleted: spring.modulith.events.completion-mode=delete) when its
-- listener has run. What a crash leaves here is published again on the next start.
-- The layout is Modulith 2.0's own schema-mariadb.sql (its code names the table in upper case, and MariaDB on
-- Linux tells cases apart), with one change: the serialized event is TEXT, not VARCHAR(4000), since a reply's
-- event lists every participant of the thread.
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)  NOT NULL,
    LISTENER_ID            VARCHAR(512) NOT NULL,
    EVENT_TYPE             VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT       TEXT         NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6) NULL DEFAULT NULL,
    STATUS                 VARCHAR(20),
    COMPLETION_ATTEMPTS    INT,
    LAST_RESUBMISSION_DATE TIMESTAMP(6) NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB;
