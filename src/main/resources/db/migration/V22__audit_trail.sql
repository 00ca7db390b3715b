-- The general audit trail (decision 029): who did what to what, when and from where. Append-only: the triggers
-- refuse every change and deletion, so not even a bug in the app (or a stray UPDATE) can rewrite history.
CREATE TABLE audit_entry (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    at      TIMESTAMP(3)  NOT NULL,
    actor   VARCHAR(320)  NOT NULL,
    action  VARCHAR(60)   NOT NULL,
    target  VARCHAR(300)  NOT NULL,
    detail  VARCHAR(1000) NULL,
    address VARCHAR(64)   NULL
) ENGINE = InnoDB;

CREATE INDEX ix_audit_entry_at ON audit_entry (at, id);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only';
