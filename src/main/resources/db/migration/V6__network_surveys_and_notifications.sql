-- Network surveys: a consultation whose audience is NETWORKS is for the members of these networks only.
CREATE TABLE consultation_network (
    consultation_id BIGINT NOT NULL,
    network_id      BIGINT NOT NULL,
    PRIMARY KEY (consultation_id, network_id),
    CONSTRAINT fk_consultation_network_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    CONSTRAINT fk_consultation_network_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE INDEX ix_consultation_network_network ON consultation_network (network_id);

-- In-app notifications: a message key and its parameters, translated when shown, and the route it leads to.
CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    params       VARCHAR(3000) NOT NULL DEFAULT '',
    link         VARCHAR(300)  NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    read_at      TIMESTAMP(3)  NULL,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE INDEX ix_notification_recipient ON notification (recipient_id, created_at);
CREATE INDEX ix_notification_unread ON notification (recipient_id, read_at);

-- A person's notification settings; no row means the defaults (daily digest on).
CREATE TABLE notification_setting (
    user_id        BIGINT  NOT NULL PRIMARY KEY,
    digest_enabled BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_notification_setting_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Mail waiting to be sent. A daily digest carries its recipient and day: the unique key makes it exactly one
-- per person and day, however many app instances or reruns try to write it.
CREATE TABLE mail_outbox (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT        NULL,
    digest_day   DATE          NULL,
    covers_until TIMESTAMP(3)  NULL,
    to_address   VARCHAR(320)  NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    body         MEDIUMTEXT    NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    sent_at      TIMESTAMP(3)  NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000) NULL,
    CONSTRAINT uk_mail_outbox_digest UNIQUE (recipient_id, digest_day),
    CONSTRAINT fk_mail_outbox_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE INDEX ix_mail_outbox_pending ON mail_outbox (sent_at, id);
